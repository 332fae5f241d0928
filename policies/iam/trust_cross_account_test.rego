package iacvet.rules.iam_trust_cross_account_test

import data.iacvet.rules.iam_trust_cross_account

role(statements) := {"resources": [{"address": "R", "type": "AWS::IAM::Role", "has_unknown": false, "partial": false, "properties": {"AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": statements}}}]}

trust(principal, condition) := {"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole", "Condition": condition}

test_account_without_guard_fails if {
	count(iam_trust_cross_account.deny) == 1 with input as role([trust({"AWS": "arn:aws:iam::444455556666:root"}, {})])
	count(iam_trust_cross_account.deny) == 1 with input as role([trust({"AWS": ["444455556666", "arn:aws:iam::777788889999:role/x"]}, {})])
	count(iam_trust_cross_account.deny) == 1 with input as role([trust({"AWS": "444455556666"}, {"StringLike": {"aws:Referer": "x"}})])
}

test_one_finding_names_every_account if {
	some f in iam_trust_cross_account.deny with input as role([trust({"AWS": "444455556666"}, {}), trust({"AWS": "777788889999"}, {})])
	f.msg == "role R lets account 444455556666, 777788889999 assume it without sts:ExternalId or MFA"
	count(iam_trust_cross_account.deny) == 1 with input as role([trust({"AWS": "444455556666"}, {}), trust({"AWS": "777788889999"}, {})])
}

test_external_id_or_mfa_passes if {
	count(iam_trust_cross_account.deny) == 0 with input as role([trust({"AWS": "444455556666"}, {"StringEquals": {"sts:ExternalId": "abc"}})])
	count(iam_trust_cross_account.deny) == 0 with input as role([trust({"AWS": "444455556666"}, {"Bool": {"aws:MultiFactorAuthPresent": "true"}})])
}

test_if_exists_guard_fails if {
	count(iam_trust_cross_account.deny) == 1 with input as role([trust({"AWS": "444455556666"}, {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}})])
}

test_services_and_references_pass if {
	count(iam_trust_cross_account.deny) == 0 with input as role([trust({"Service": "ec2.amazonaws.com"}, {})])
	count(iam_trust_cross_account.deny) == 0 with input as role([trust({"AWS": {"$unknown": true, "$ref": "aws_iam_role.ci"}}, {})])
	count(iam_trust_cross_account.deny) == 0 with input as role([{"Effect": "Deny", "Principal": {"AWS": "444455556666"}, "Action": "sts:AssumeRole"}])
}

test_json_string_trust_policy if {
	inp := {"resources": [{"address": "R", "type": "AWS::IAM::Role", "has_unknown": false, "properties": {"AssumeRolePolicyDocument": json.marshal({"Statement": trust({"AWS": "444455556666"}, {})})}}]}
	count(iam_trust_cross_account.deny) == 1 with input as inp
}

test_unknown_trust_policy if {
	inp := {"resources": [{"address": "R", "type": "AWS::IAM::Role", "has_unknown": true, "properties": {"AssumeRolePolicyDocument": {"$unknown": true}}}]}
	count(iam_trust_cross_account.unknown) == 1 with input as inp
}
