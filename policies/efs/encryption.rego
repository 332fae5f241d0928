# METADATA
# title: EFS file system is not encrypted at rest
# description: |
#   An EFS file system created without encryption stores its files and metadata in the clear, and encryption cannot be enabled later: the data must be copied to a new, encrypted file system. The CreateFileSystem API (and so CloudFormation and Terraform) leaves a file system unencrypted unless Encrypted is set.
# custom:
#   id: AWS-EFS-040
#   severity: high
#   resource_types: [AWS::EFS::FileSystem]
#   remediation: Create the file system with encryption at rest (optionally with a customer managed KMS key) and move the data over.
#   terraform: |
#     resource "aws_efs_file_system" "shared" {
#       encrypted  = true
#       kms_key_id = aws_kms_key.efs.arn
#     }
#   cloudformation: |
#     Shared:
#       Type: AWS::EFS::FileSystem
#       Properties:
#         Encrypted: true
#         KmsKeyId: !GetAtt EfsKey.Arn
#   cis: ["2.4.1"]
#   fsbp: ["EFS.1", "EFS.8"]
package iacvet.rules.efs_encryption

import data.iacvet.lib

path := ["Encrypted"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("EFS file system %s is not encrypted at rest", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	v != null
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("EFS file system %s is not encrypted at rest", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("EFS file system %s: encryption at rest is known only after apply", [r.address])
}
