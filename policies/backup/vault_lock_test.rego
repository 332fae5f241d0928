package iacvet.rules.backup_vault_lock_test

import data.iacvet.rules.backup_vault_lock

res(props) := {"resources": [{
	"address": "Main", "type": "AWS::Backup::BackupVault", "name": "Main", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"BackupVaultName": "main"}, props),
}]}

test_fail if {
	count(backup_vault_lock.deny) == 1 with input as res({})
}

test_pass_governance if {
	count(backup_vault_lock.deny) == 0 with input as res({"LockConfiguration": {"MinRetentionDays": 7}})
}

test_pass_compliance if {
	count(backup_vault_lock.deny) == 0 with input as res({"LockConfiguration": {"MinRetentionDays": 7, "MaxRetentionDays": 365, "ChangeableForDays": 3}})
}

test_pass_partial if {
	inp := json.patch(res({}), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(backup_vault_lock.deny) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(res({"LockConfiguration": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(backup_vault_lock.deny) == 0 with input as inp
	count(backup_vault_lock.unknown) == 1 with input as inp
}
