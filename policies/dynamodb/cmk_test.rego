package iacvet.rules.dynamodb_cmk_test

import data.iacvet.rules.dynamodb_cmk

table(props, unknown) := {"resources": [{"address": "Orders", "type": "AWS::DynamoDB::Table", "partial": false, "has_unknown": unknown, "properties": props}]}

test_aws_owned_key_fails if {
	count(dynamodb_cmk.deny) == 1 with input as table({"BillingMode": "PAY_PER_REQUEST"}, false)
	count(dynamodb_cmk.deny) == 1 with input as table({"SSESpecification": {"SSEEnabled": "false"}}, false)
}

test_aws_managed_key_fails if {
	count(dynamodb_cmk.deny) == 1 with input as table({"SSESpecification": {"SSEEnabled": true, "SSEType": "KMS"}}, false)
	count(dynamodb_cmk.deny) == 1 with input as table({"SSESpecification": {"SSEEnabled": true, "KMSMasterKeyId": "alias/aws/dynamodb"}}, false)
	count(dynamodb_cmk.deny) == 1 with input as table({"SSESpecification": {"SSEEnabled": true, "KMSMasterKeyId": "arn:aws:kms:us-east-1:123456789012:alias/aws/dynamodb"}}, false)
}

test_cmk_passes if {
	count(dynamodb_cmk.deny) == 0 with input as table({"SSESpecification": {"SSEEnabled": true, "KMSMasterKeyId": "alias/orders"}}, false)
	count(dynamodb_cmk.deny) == 0 with input as table({"SSESpecification": {"SSEEnabled": true, "KMSMasterKeyId": {"$unknown": true, "$ref": "aws_kms_key.k.arn"}}}, true)
}

test_unknown if {
	inp := table({"SSESpecification": {"SSEEnabled": true, "KMSMasterKeyId": {"$unknown": true}}}, true)
	count(dynamodb_cmk.deny) == 0 with input as inp
	count(dynamodb_cmk.unknown) == 1 with input as inp
}
