package iacvet.lib.iam_test

import data.iacvet.lib.iam

unknown := {"$unknown": true}

ref := {"$unknown": true, "$ref": "aws_sns_topic.t"}

stmt(principal, condition) := {"Effect": "Allow", "Principal": principal, "Action": "sns:Publish", "Resource": "*", "Condition": condition}

test_document_object_and_string if {
	iam.document({"Statement": []}) == {"Statement": []}
	iam.document(`{"Statement":[{"Effect":"Allow"}]}`) == {"Statement": [{"Effect": "Allow"}]}
	not iam.document("not json")
	not iam.document(unknown)
}

test_statements_list_object_and_string if {
	count(iam.statements({"Statement": [{"Effect": "Allow"}, {"Effect": "Deny"}]})) == 2
	iam.statements({"Statement": {"Effect": "Allow"}}) == [{"Effect": "Allow"}]
	iam.statements(`{"Statement":{"Effect":"Deny"}}`) == [{"Effect": "Deny"}]
	iam.statements({"Statement": [unknown, {"Effect": "Allow"}]}) == [{"Effect": "Allow"}]
}

test_undecided_document if {
	iam.undecided_document(unknown)
	iam.undecided_document({"Statement": unknown})
	not iam.undecided_document({"Statement": []})
}

test_allows_action_wildcards if {
	iam.allows_action({"Effect": "Allow", "Action": "iam:PassRole"}, "iam:PassRole")
	iam.allows_action({"Effect": "Allow", "Action": "IAM:passrole"}, "iam:PassRole")
	iam.allows_action({"Effect": "Allow", "Action": ["s3:GetObject", "iam:Pass*"]}, "iam:PassRole")
	iam.allows_action({"Effect": "Allow", "Action": "iam:*"}, "iam:PassRole")
	iam.allows_action({"Effect": "Allow", "Action": "*"}, "iam:PassRole")
	iam.allows_action({"Effect": "Allow", "Action": "*:*"}, "iam:PassRole")
	iam.allows_action({"Effect": "Allow", "Action": "iam:P?ssRole"}, "iam:PassRole")
	not iam.allows_action({"Effect": "Allow", "Action": "iam:Get*"}, "iam:PassRole")
	not iam.allows_action({"Effect": "Allow", "Action": "s3:*"}, "iam:PassRole")
	not iam.allows_action({"Effect": "Deny", "Action": "*"}, "iam:PassRole")
	not iam.allows_action({"Effect": "Allow", "Action": "iam:PassRole."}, "iam:PassRoleX")
}

test_allows_action_not_action if {
	iam.allows_action({"Effect": "Allow", "NotAction": "s3:*"}, "iam:PassRole")
	not iam.allows_action({"Effect": "Allow", "NotAction": ["iam:*"]}, "iam:PassRole")
	not iam.allows_action({"Effect": "Allow", "NotAction": unknown}, "iam:PassRole")
}

test_all_actions_and_resources if {
	iam.all_actions({"Action": "*"})
	iam.all_actions({"Action": ["s3:GetObject", "*:*"]})
	not iam.all_actions({"Action": "s3:*"})
	iam.all_resources({"Resource": "*"})
	iam.all_resources({"NotResource": "arn:aws:iam::111122223333:role/admin"})
	not iam.all_resources({"Resource": "arn:aws:iam::111122223333:role/app-*"})
}

test_covers_resource if {
	iam.covers_resource({"Resource": "arn:aws:s3:::data/*"}, "arn:aws:s3:::data/x")
	not iam.covers_resource({"Resource": "arn:aws:s3:::data/*"}, "arn:aws:s3:::other/x")
	iam.covers_resource({"Resource": "arn:aws:s3:::data/${aws:username}/*"}, "arn:aws:s3:::data/${aws:username}/x")
	iam.covers_resource({"NotResource": "arn:aws:s3:::data/*"}, "arn:aws:s3:::other")
}

test_public_principal_spellings if {
	iam.public_principal(stmt("*", null))
	iam.public_principal(stmt({"AWS": "*"}, null))
	iam.public_principal(stmt({"AWS": ["arn:aws:iam::111122223333:root", "*"]}, null))
	iam.public_principal(stmt({"AWS": ["arn:aws:iam::*:root"]}, null))
	iam.public_principal(stmt({"CanonicalUser": "*"}, null))
	iam.public_principal({"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}})
	not iam.public_principal(stmt({"AWS": "111122223333"}, null))
	not iam.public_principal(stmt({"AWS": "arn:aws:iam::111122223333:root"}, null))
	not iam.public_principal(stmt({"Service": "sns.amazonaws.com"}, null))
	not iam.public_principal(stmt({"Federated": "cognito-identity.amazonaws.com"}, null))
	not iam.public_principal(stmt({"AWS": ref}, null))
	not iam.public_principal({"Effect": "Deny", "Principal": "*"})
}

test_unknown_principal if {
	iam.unknown_principal(stmt(unknown, null))
	iam.unknown_principal(stmt({"AWS": unknown}, null))
	iam.unknown_principal(stmt({"AWS": ["111122223333", unknown]}, null))
	not iam.unknown_principal(stmt({"AWS": ref}, null))
	not iam.unknown_principal(stmt("*", null))
}

test_account_id if {
	iam.account_id("111122223333") == "111122223333"
	iam.account_id("arn:aws:iam::111122223333:root") == "111122223333"
	iam.account_id("arn:aws-us-gov:iam::111122223333:role/x") == "111122223333"
	iam.account_id("arn:aws:sts::111122223333:assumed-role/x/y") == "111122223333"
	not iam.account_id("arn:aws:iam::*:root")
	not iam.account_id("ec2.amazonaws.com")
	iam.aws_principals(stmt({"AWS": ["111122223333"], "Service": "ec2.amazonaws.com"}, null)) == {"111122223333"}
	iam.service_principals(stmt({"Service": ["ec2.amazonaws.com"]}, null)) == {"ec2.amazonaws.com"}
}

test_restricted_by_identity_keys if {
	iam.restricted(stmt("*", {"StringEquals": {"aws:SourceAccount": "111122223333"}}))
	iam.restricted(stmt("*", {"StringEquals": {"AWS:SOURCEACCOUNT": ["111122223333"]}}))
	iam.restricted(stmt("*", {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::uploads"}}))
	iam.restricted(stmt("*", {"ArnEquals": {"aws:SourceArn": ref}}))
	iam.restricted(stmt("*", {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}))
	iam.restricted(stmt("*", {"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-abc123/r-ab12/ou-ab12-11111111/*"}}))
	iam.restricted(stmt("*", {"StringEquals": {"aws:SourceVpce": "vpce-0123456789abcdef0"}}))
	iam.restricted(stmt("*", {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}))
	iam.restricted(stmt("*", {"StringEquals": {"kms:CallerAccount": "111122223333"}}))
	iam.restricted(stmt("*", {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/app-*"}}))
}

test_not_restricted_by_spoofable_or_weak_conditions if {
	not iam.restricted(stmt("*", null))
	not iam.restricted(stmt("*", {"StringLike": {"aws:Referer": "https://example.com/*"}}))
	not iam.restricted(stmt("*", {"StringEquals": {"aws:UserAgent": "app"}}))
	not iam.restricted(stmt("*", {"Bool": {"aws:SecureTransport": "true"}}))
	not iam.restricted(stmt("*", {"DateLessThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}}))
	not iam.restricted(stmt("*", {"StringLike": {"aws:SourceAccount": "*"}}))
	not iam.restricted(stmt("*", {"StringLike": {"aws:SourceArn": "arn:aws:sns:us-east-1:*:alerts"}}))
	not iam.restricted(stmt("*", {"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}))
	not iam.restricted(stmt("*", {"StringEqualsIfExists": {"aws:SourceAccount": "111122223333"}}))
	not iam.restricted(stmt("*", {"ForAllValues:StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}))
	not iam.restricted(stmt("*", {"StringNotEquals": {"aws:SourceAccount": "111122223333"}}))
	not iam.restricted(stmt("*", {"StringEquals": {"aws:SourceAccount": unknown}}))
	not iam.restricted(stmt("*", {"StringEquals": {"aws:SourceAccount": []}}))
}

test_undecided_restriction if {
	iam.undecided_restriction(stmt("*", {"StringEquals": {"aws:SourceAccount": unknown}}))
	iam.undecided_restriction(stmt("*", unknown))
	iam.undecided_restriction(stmt("*", {"StringEquals": unknown}))
	not iam.undecided_restriction(stmt("*", {"StringEquals": {"aws:SourceAccount": ref}}))
	not iam.undecided_restriction(stmt("*", {"StringEquals": {"aws:Referer": unknown}}))
	not iam.undecided_restriction(stmt("*", null))
}

test_tests_key if {
	iam.tests_key(stmt("*", {"StringEquals": {"sts:ExternalId": "x"}}), "sts:ExternalId")
	iam.tests_key(stmt("*", {"Bool": {"aws:MultiFactorAuthPresent": "true"}}), "aws:MultiFactorAuthPresent")
	not iam.tests_key(stmt("*", {"StringEqualsIfExists": {"sts:ExternalId": "x"}}), "sts:ExternalId")
}

public_doc := {"Statement": [
	{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": "*"},
	{"Effect": "Allow", "Principal": "*", "Action": ["sqs:SendMessage", "sqs:ReceiveMessage"], "Resource": "*"},
]}

test_public_indexes_and_actions if {
	iam.public_indexes(public_doc) == {1}
	iam.public_actions(public_doc) == ["sqs:ReceiveMessage", "sqs:SendMessage"]
	iam.public_msg(public_doc) == "sqs:ReceiveMessage, sqs:SendMessage"
	iam.public_indexes(json.marshal(public_doc)) == {1}
	iam.public_indexes({"Statement": stmt("*", null)}) == {0}
	count(iam.public_indexes({"Statement": [stmt("*", {"StringEquals": {"aws:SourceAccount": "111122223333"}})]})) == 0
	iam.public_indexes({"Statement": [stmt("*", {"StringLike": {"aws:Referer": "https://example.com/*"}})]}) == {0}
}

test_deny_guard_closes_public_allow if {
	guarded := {"Statement": [
		{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"},
		{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"], "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-0123456789abcdef0"}}},
	]}
	count(iam.public_indexes(guarded)) == 0
	spoofable := {"Statement": [
		guarded.Statement[0],
		json.patch(guarded.Statement[1], [{"op": "replace", "path": "/Condition", "value": {"StringNotLike": {"aws:Referer": "https://example.com/*"}}}]),
	]}
	iam.public_indexes(spoofable) == {0}
	narrow := {"Statement": [
		guarded.Statement[0],
		object.union(guarded.Statement[1], {"Action": "s3:PutObject"}),
	]}
	iam.public_indexes(narrow) == {0}
}

test_public_undecided if {
	iam.public_undecided(unknown)
	iam.public_undecided({"Statement": [stmt({"AWS": unknown}, null)]})
	iam.public_undecided({"Statement": [stmt("*", {"StringEquals": {"aws:SourceAccount": unknown}})]})
	iam.public_undecided({"Statement": [unknown]})
	not iam.public_undecided({"Statement": [stmt({"AWS": ref}, null)]})
	not iam.public_undecided({"Statement": [stmt("*", {"StringEquals": {"aws:SourceAccount": ref}})]})
	not iam.public_undecided({"Statement": [stmt("*", null)]})
	not iam.public_undecided({"Statement": [stmt({"AWS": "111122223333"}, null)]})
}


test_efs_mount_target_restricts if {
	iam.restricted(stmt("*", {"Bool": {"elasticfilesystem:AccessedViaMountTarget": "true"}}))
	not iam.restricted(stmt("*", {"Bool": {"elasticfilesystem:AccessedViaMountTarget": false}}))
}

test_statement_path if {
	iam.statement_path(["P"], {"Statement": [{}, {}]}, 1) == ["P", "Statement", 1]
	iam.statement_path(["P"], {"Statement": {}}, 0) == ["P", "Statement"]
	iam.statement_path(["P"], "{}", 0) == ["P"]
}
