package iacvet.rules.iam_service_wildcard_test

import data.iacvet.rules.iam_service_wildcard

policy(statements) := {"resources": [{
	"address": "Reports", "type": "AWS::IAM::ManagedPolicy", "name": "Reports", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": statements}},
}]}

test_fail_service if {
	count(iam_service_wildcard.deny) == 1 with input as policy([{"Effect": "Allow", "Action": ["s3:*", "sqs:SendMessage"], "Resource": "arn:aws:s3:::reports/*"}])
}

test_fail_star_on_one_resource if {
	count(iam_service_wildcard.deny) == 1 with input as policy([{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::reports"}])
}

test_fail_json_string if {
	doc := json.marshal({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}})
	inp := json.patch(policy([]), [{"op": "replace", "path": "/resources/0/properties/PolicyDocument", "value": doc}])
	count(iam_service_wildcard.deny) == 1 with input as inp
}

test_pass_named_actions if {
	count(iam_service_wildcard.deny) == 0 with input as policy([{"Effect": "Allow", "Action": ["s3:Get*", "s3:PutObject"], "Resource": "*"}])
}

test_pass_deny if {
	count(iam_service_wildcard.deny) == 0 with input as policy([{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}])
}

test_pass_everything_is_iam_001 if {
	count(iam_service_wildcard.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "*", "Resource": "*"}])
}

test_unknown if {
	inp := json.patch(policy([]), [
		{"op": "replace", "path": "/resources/0/properties/PolicyDocument", "value": {"$unknown": true}},
		{"op": "replace", "path": "/resources/0/has_unknown", "value": true},
	])
	count(iam_service_wildcard.deny) == 0 with input as inp
	count(iam_service_wildcard.unknown) == 1 with input as inp
}
