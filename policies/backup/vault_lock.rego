# METADATA
# title: Backup vault has no vault lock
# description: |
#   Without a vault lock (LockConfiguration on the vault, aws_backup_vault_lock_configuration in Terraform) anyone with enough IAM permissions, including an attacker with stolen administrator credentials, can delete the vault's recovery points or shorten their retention, which ransomware operators do before encrypting the originals.
# custom:
#   id: AWS-BAK-081
#   severity: medium
#   resource_types: [AWS::Backup::BackupVault]
#   remediation: Add a vault lock with a minimum retention; set ChangeableForDays (changeable_for_days) to lock it in compliance mode.
#   terraform: |
#     resource "aws_backup_vault_lock_configuration" "main" {
#       backup_vault_name   = aws_backup_vault.main.name
#       min_retention_days  = 7
#       max_retention_days  = 365
#       changeable_for_days = 3
#     }
#   cloudformation: |
#     Main:
#       Type: AWS::Backup::BackupVault
#       Properties:
#         BackupVaultName: main
#         LockConfiguration:
#           MinRetentionDays: 7
#           MaxRetentionDays: 365
#           ChangeableForDays: 3
#   cis: []
#   fsbp: []
package iacvet.rules.backup_vault_lock

import data.iacvet.lib

path := ["LockConfiguration"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.whole(r)
	lib.missing(r, path)
	msg := sprintf("%s has no vault lock, so its recovery points can be deleted", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.whole(r)
	lib.is_unknown(r.properties.LockConfiguration)
	msg := sprintf("%s: whether it is locked is known only after apply", [r.address])
}
