package iacvet.rules.backup_vault_cmk_test

import data.iacvet.rules.backup_vault_cmk

test_no_key_fails if {
	count(backup_vault_cmk.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Backup::BackupVault", "partial": false, "has_unknown": false, "properties": {"BackupVaultName": "main"}}]}
}

test_aws_managed_key_fails if {
	count(backup_vault_cmk.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Backup::BackupVault", "partial": false, "has_unknown": false, "properties": {"BackupVaultName": "main", "EncryptionKeyArn": "arn:aws:kms:us-east-1:123456789012:alias/aws/backup"}}]}
}

test_cmk_passes if {
	count(backup_vault_cmk.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Backup::BackupVault", "partial": false, "has_unknown": false, "properties": {"BackupVaultName": "main", "EncryptionKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}]}
	count(backup_vault_cmk.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Backup::BackupVault", "partial": false, "has_unknown": true, "properties": {"BackupVaultName": "main", "EncryptionKeyArn": {"$unknown": true, "$ref": "aws_kms_key.k.arn"}}}]}
}

test_unknown if {
	inp := {"resources": [{"address": "R", "type": "AWS::Backup::BackupVault", "partial": false, "has_unknown": true, "properties": {"BackupVaultName": "main", "EncryptionKeyArn": {"$unknown": true}}}]}
	count(backup_vault_cmk.deny) == 0 with input as inp
	count(backup_vault_cmk.unknown) == 1 with input as inp
}
