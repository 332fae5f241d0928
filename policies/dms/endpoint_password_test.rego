package iacvet.rules.dms_endpoint_password_test

import data.iacvet.rules.dms_endpoint_password

res(addr, props) := {"address": addr, "type": "AWS::DMS::Endpoint", "partial": false, "has_unknown": false, "properties": props}

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
	count(dms_endpoint_password.deny) with input as fail_input == 2
}

test_pass if {
	count(dms_endpoint_password.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := dms_endpoint_password.deny with input as fail_input
	count(fs) > 0
	every f in fs {
		not contains(f.msg, secret)
	}
}
