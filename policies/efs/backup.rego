# METADATA
# title: EFS file system is not backed up
# description: |
#   A file system created through the API or IaC has automatic backups off, so deleted or encrypted
#   files cannot be restored. It counts as backed up with its backup policy ENABLED, or when an AWS
#   Backup selection of the input names it (by reference, ARN wildcard or one of its tags).
# custom:
#   id: AWS-EFS-080
#   severity: medium
#   resource_types: [AWS::EFS::FileSystem, AWS::Backup::BackupSelection]
#   remediation: Enable the file system's backup policy or add it to an AWS Backup plan.
#   terraform: |
#     resource "aws_efs_backup_policy" "shared" {
#       file_system_id = aws_efs_file_system.shared.id
#       backup_policy {
#         status = "ENABLED"
#       }
#     }
#   cloudformation: |
#     Shared:
#       Type: AWS::EFS::FileSystem
#       Properties:
#         BackupPolicy:
#           Status: ENABLED
#   cis: []
#   fsbp: ["EFS.2"]
package iacvet.rules.efs_backup

import data.iacvet.lib

path := ["BackupPolicy", "Status"]

selections contains s.properties.BackupSelection if {
	some s in input.resources
	s.type == "AWS::Backup::BackupSelection"
}

efs_wildcard(v) if {
	is_string(v)
	v in {"*", "arn:aws:elasticfilesystem:*:*:file-system/*"}
}

efs_wildcard(v) if {
	is_string(v)
	regex.match(`^arn:aws[a-z-]*:elasticfilesystem:[^:]+:[^:]+:file-system/\*$`, v)
}

tags(r) := {[t.Key, t.Value] | some t in lib.as_list(lib.get(r.properties, "FileSystemTags", [])); is_object(t)}

selected(r) if {
	some sel in selections
	some v in lib.as_list(lib.get(sel, "Resources", []))
	lib.refers_to(v, r)
}

selected(r) if {
	some sel in selections
	some v in lib.as_list(lib.get(sel, "Resources", []))
	efs_wildcard(v)
}

selected(r) if {
	some sel in selections
	some t in lib.as_list(lib.get(sel, "ListOfTags", []))
	upper(lib.get(t, "ConditionType", "STRINGEQUALS")) == "STRINGEQUALS"
	[t.ConditionKey, t.ConditionValue] in tags(r)
}

# undecided: some selection's resources are known only after apply.
undecided if {
	some sel in selections
	lib.is_unknown(sel)
}

undecided if {
	some sel in selections
	some k in ["Resources", "ListOfTags"]
	lib.is_unknown(object.get(sel, k, null))
}

undecided if {
	some sel in selections
	some v in lib.as_list(lib.get(sel, "Resources", []))
	lib.is_unknown(v)
	not is_string(v["$ref"])
}

enabled(r) if upper(lib.at(r.properties, path)) == "ENABLED"

deny contains lib.finding(r, msg, "BackupPolicy") if {
	some r in input.resources
	r.type == "AWS::EFS::FileSystem"
	lib.whole(r)
	not enabled(r)
	not lib.unknown_at(r.properties, path)
	not selected(r)
	not undecided
	msg := sprintf("%s is not backed up (backup policy not ENABLED and no AWS Backup selection names it)", [r.address])
}

unknown contains lib.finding(r, msg, "BackupPolicy") if {
	some r in input.resources
	r.type == "AWS::EFS::FileSystem"
	r.has_unknown
	not enabled(r)
	not selected(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is backed up is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, "BackupPolicy") if {
	some r in input.resources
	r.type == "AWS::EFS::FileSystem"
	not enabled(r)
	not selected(r)
	not lib.unknown_at(r.properties, path)
	undecided
	msg := sprintf("%s: whether an AWS Backup selection names it is known only after apply", [r.address])
}
