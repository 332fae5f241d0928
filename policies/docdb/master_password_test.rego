package iacvet.rules.docdb_master_password_test

import data.iacvet.rules.docdb_master_password

res(addr, props) := {"address": addr, "type": "AWS::DocDB::DBCluster", "partial": false, "has_unknown": false, "properties": props}

secret := "Sup3r-S3cret-Pw"

fail_input := {"resources": [
	res("A", {"MasterUserPassword": secret}),
	res("aws_x.b", {"MasterUserPassword": {"$sensitive": true, "$literal": true}}),
]}

pass_input := {"resources": [
	res("A", {"MasterUserPassword": {"$unknown": true}}),
	res("B", {"MasterUserPassword": {"$sensitive": true}}),
	res("aws_x.c", {"MasterUserPassword": "{{resolve:secretsmanager:prod/db:SecretString:password}}"}),
	res("D", {}),
	res("E", {"ManageMasterUserPassword": true}),
]}

test_fail if {
	count(docdb_master_password.deny) with input as fail_input == 2
}

test_pass if {
	count(docdb_master_password.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := docdb_master_password.deny with input as fail_input
	count(fs) > 0
	every f in fs {
		not contains(f.msg, secret)
	}
}
