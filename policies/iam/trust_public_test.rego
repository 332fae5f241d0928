package iacvet.rules.iam_trust_public_test

import data.iacvet.rules.iam_trust_public

role(principal, condition) := {"resources": [{"address": "R", "type": "AWS::IAM::Role", "has_unknown": false, "partial": false, "properties": {"AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole", "Condition": condition}]}}}]}

test_wildcard_principals_fail if {
	count(iam_trust_public.deny) == 1 with input as role("*", {})
	count(iam_trust_public.deny) == 1 with input as role({"AWS": "*"}, {})
	count(iam_trust_public.deny) == 1 with input as role({"AWS": ["arn:aws:iam::*:root"]}, {})
}

test_non_identity_conditions_fail if {
	count(iam_trust_public.deny) == 1 with input as role("*", {"Bool": {"aws:SecureTransport": "true"}})
	count(iam_trust_public.deny) == 1 with input as role("*", {"StringLike": {"aws:Referer": "https://example.com/*"}})
	count(iam_trust_public.deny) == 1 with input as role("*", {"StringLike": {"aws:PrincipalArn": "*"}})
}

test_restricting_conditions_pass if {
	count(iam_trust_public.deny) == 0 with input as role({"AWS": "*"}, {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}})
	count(iam_trust_public.deny) == 0 with input as role("*", {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/ci-*"}})
	count(iam_trust_public.deny) == 0 with input as role({"AWS": "arn:aws:iam::111122223333:root"}, {})
}

test_unknown_principal if {
	inp := json.patch(role({"AWS": {"$unknown": true}}, {}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(iam_trust_public.deny) == 0 with input as inp
	count(iam_trust_public.unknown) == 1 with input as inp
}
