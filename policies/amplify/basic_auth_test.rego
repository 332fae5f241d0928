package iacvet.rules.amplify_basic_auth_test

import data.iacvet.rules.amplify_basic_auth

res(addr, props) := {"address": addr, "type": "AWS::Amplify::App", "partial": false, "has_unknown": false, "properties": props}

secret := "Sup3r-S3cret-Pw"

fail_input := {"resources": [
	res("A", {"BasicAuthConfig": {"Password": secret}}),
	res("aws_x.b", {"BasicAuthConfig": {"Password": {"$sensitive": true, "$literal": true}}}),
]}

pass_input := {"resources": [
	res("A", {"BasicAuthConfig": {"Password": {"$unknown": true}}}),
	res("B", {"BasicAuthConfig": {"Password": {"$sensitive": true}}}),
	res("aws_x.c", {"BasicAuthConfig": {"Password": "{{resolve:secretsmanager:prod/db:SecretString:password}}"}}),
	res("D", {}),
]}

test_fail if {
	count(amplify_basic_auth.deny) with input as fail_input == 2
}

test_pass if {
	count(amplify_basic_auth.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := amplify_basic_auth.deny with input as fail_input
	count(fs) > 0
	every f in fs {
		not contains(f.msg, secret)
	}
}
