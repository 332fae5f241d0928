# METADATA
# title: WorkSpaces user volume is not encrypted
# description: |
#   A WorkSpace's user volume (the D: drive or /home) holds the user's files; without encryption it is stored in the clear, and encryption can only be chosen when the WorkSpace is created. UserVolumeEncryptionEnabled defaults to false.
# custom:
#   id: AWS-WS-041
#   severity: medium
#   resource_types: [AWS::WorkSpaces::Workspace]
#   remediation: Create the WorkSpace with user volume encryption (and a KMS key in VolumeEncryptionKey).
#   terraform: |
#     resource "aws_workspaces_workspace" "dev" {
#       user_volume_encryption_enabled = true
#       volume_encryption_key          = aws_kms_key.workspaces.arn
#     }
#   cloudformation: |
#     Dev:
#       Type: AWS::WorkSpaces::Workspace
#       Properties:
#         UserVolumeEncryptionEnabled: true
#         VolumeEncryptionKey: !GetAtt WorkspacesKey.Arn
#   cis: []
#   fsbp: ["WorkSpaces.1"]
package iacvet.rules.workspaces_user_volume

import data.iacvet.lib

path := ["UserVolumeEncryptionEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("WorkSpace %s does not encrypt its user volume", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	v != null
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("WorkSpace %s does not encrypt its user volume", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("WorkSpace %s: user volume encryption is known only after apply", [r.address])
}
