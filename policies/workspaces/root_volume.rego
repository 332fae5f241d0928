# METADATA
# title: WorkSpaces root volume is not encrypted
# description: |
#   A WorkSpace's root volume (the C: drive or /) holds the operating system, cached credentials and whatever users leave there; without encryption it is stored in the clear, and encryption can only be chosen when the WorkSpace is created. RootVolumeEncryptionEnabled defaults to false.
# custom:
#   id: AWS-WS-040
#   severity: medium
#   resource_types: [AWS::WorkSpaces::Workspace]
#   remediation: Create the WorkSpace with root volume encryption (and a KMS key in VolumeEncryptionKey).
#   terraform: |
#     resource "aws_workspaces_workspace" "dev" {
#       root_volume_encryption_enabled = true
#       volume_encryption_key          = aws_kms_key.workspaces.arn
#     }
#   cloudformation: |
#     Dev:
#       Type: AWS::WorkSpaces::Workspace
#       Properties:
#         RootVolumeEncryptionEnabled: true
#         VolumeEncryptionKey: !GetAtt WorkspacesKey.Arn
#   cis: []
#   fsbp: ["WorkSpaces.2"]
package iacvet.rules.workspaces_root_volume

import data.iacvet.lib

path := ["RootVolumeEncryptionEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("WorkSpace %s does not encrypt its root volume", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	v != null
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("WorkSpace %s does not encrypt its root volume", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("WorkSpace %s: root volume encryption is known only after apply", [r.address])
}
