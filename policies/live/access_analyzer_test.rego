package iacvet.rules.live_access_analyzer_test

import data.iacvet.rules.live_access_analyzer as rule
import data.iacvet.rules.live_fixtures as fx

test_errors_and_security_warnings if {
	fs := rule.deny with input as {"resources": [
		{"address": "aws_iam_policy.bad", "type": "AWS::IAM::Policy", "properties": {}},
		{"address": "aws_iam_policy.good", "type": "AWS::IAM::Policy", "properties": {}},
		{"address": "aws_s3_bucket_policy.open", "type": "AWS::S3::BucketPolicy", "properties": {}},
	]}
		with data.aws as fx.aws
	{[f.resource, f.severity, f.path] | some f in fs} == {
		["aws_iam_policy.bad", "medium", ["PolicyDocument", "Statement", 0, "Action"]],
		["aws_s3_bucket_policy.open", "high", ["PolicyDocument", "Statement", 1]],
	}
	some f in fs
	f.resource == "aws_iam_policy.bad"
	f.msg == "IAM Access Analyzer error INVALID_ACTION: The action s3:GetObjekt does not exist."
	f.provenance == fx.live
}
