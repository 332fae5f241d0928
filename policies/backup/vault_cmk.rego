# METADATA
# title: Backup vault is not encrypted with a customer managed KMS key
# description: |
#   A backup vault without EncryptionKeyArn encrypts the recovery points it holds (for services whose backups AWS Backup encrypts itself) with the AWS managed key aws/backup. A customer managed key lets a key policy decide who may restore or copy the backups, and disabling it cuts off access to them, which matters for vaults that keep copies of production data.
# custom:
#   id: AWS-BAK-040
#   severity: low
#   resource_types: [AWS::Backup::BackupVault]
#   remediation: Create the vault with a customer managed KMS key (EncryptionKeyArn / kms_key_arn); the key cannot be changed later.
#   terraform: |
#     resource "aws_backup_vault" "main" {
#       name        = "main"
#       kms_key_arn = aws_kms_key.backup.arn
#     }
#   cloudformation: |
#     Vault:
#       Type: AWS::Backup::BackupVault
#       Properties:
#         BackupVaultName: main
#         EncryptionKeyArn: !GetAtt BackupKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.backup_vault_cmk

import data.iacvet.lib

path := ["EncryptionKeyArn"]

# aws_managed holds for an AWS managed key named by alias (alias/aws/...),
# alone or in an ARN.
aws_managed(k) if {
	is_string(k)
	contains(k, "alias/aws/")
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("Backup vault %s is not encrypted with a customer managed KMS key", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	aws_managed(lib.at(r.properties, path))
	msg := sprintf("Backup vault %s is not encrypted with a customer managed KMS key (an AWS managed key)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("Backup vault %s: its encryption key is known only after apply", [r.address])
}
