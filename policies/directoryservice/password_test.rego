package iacvet.rules.directoryservice_password_test

import data.iacvet.rules.directoryservice_password

res(addr, props) := {"address": addr, "type": "AWS::DirectoryService::SimpleAD", "partial": false, "has_unknown": false, "properties": props}

secret := "Sup3r-S3cret-Pw"

fail_input := {"resources": [
	res("A", {"Password": secret}),
	res("aws_x.b", {"Password": {"$sensitive": true, "$literal": true}}),
]}

pass_input := {"resources": [
	res("A", {"Password": {"$unknown": true}}),
	res("B", {"Password": {"$sensitive": true}}),
	res("aws_x.c", {"Password": "{{resolve:secretsmanager:prod/db:SecretString:password}}"}),
	res("D", {}),
]}

test_fail if {
	count(directoryservice_password.deny) with input as fail_input == 2
}

test_pass if {
	count(directoryservice_password.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := directoryservice_password.deny with input as fail_input
	count(fs) > 0
	every f in fs {
		not contains(f.msg, secret)
	}
}
