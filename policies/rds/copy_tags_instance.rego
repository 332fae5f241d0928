# METADATA
# title: RDS instance does not copy tags to snapshots
# description: |
#   Snapshots of an instance that does not copy its tags (AWS's default when CopyTagsToSnapshot is not set) lose the owner, data classification and cost tags that access policies, backups and audits rely on. Instances of an Aurora cluster take the setting from the cluster (see AWS-RDS-009).
# custom:
#   id: AWS-RDS-008
#   severity: low
#   resource_types: [AWS::RDS::DBInstance]
#   remediation: Set CopyTagsToSnapshot (copy_tags_to_snapshot) to true.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       # ...
#       copy_tags_to_snapshot = true
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         # ...
#         CopyTagsToSnapshot: true
#   cis: []
#   fsbp: ["RDS.17"]
package iacvet.rules.rds_copy_tags_instance

import data.iacvet.lib

path := ["CopyTagsToSnapshot"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not in_cluster(r)
	off(r)
	msg := sprintf("%s does not copy its tags to its snapshots", [r.address])
}

off(r) if lib.missing(r, path)

off(r) if {
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	not in_cluster(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it copies tags to snapshots is known only after apply", [r.address])
}

in_cluster(r) if r.properties.DBClusterIdentifier
