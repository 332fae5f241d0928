package iacvet.rules.athena_result_encryption_test

import data.iacvet.rules.athena_result_encryption as rule

wg(config) := {"resources": [{
	"address": "Analysts",
	"type": "AWS::Athena::WorkGroup",
	"partial": false,
	"has_unknown": false,
	"properties": {"Name": "analysts", "WorkGroupConfiguration": config},
}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as wg({})
	count(rule.deny) == 1 with input as wg({"ResultConfiguration": {"OutputLocation": "s3://example-athena-results/"}})
}

test_encrypted_passes if {
	count(rule.deny) == 0 with input as wg({"ResultConfiguration": {"EncryptionConfiguration": {"EncryptionOption": "SSE_S3"}}})
	count(rule.deny) == 0 with input as wg({"ResultConfiguration": {"EncryptionConfiguration": {"EncryptionOption": "SSE_KMS", "KmsKey": {"$unknown": true, "$ref": "AthenaKey.Arn"}}}})
}

test_unknown if {
	inp := json.patch(wg({"ResultConfiguration": {"EncryptionConfiguration": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
