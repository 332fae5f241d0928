package iacvet.rules.kinesis_encryption_test

import data.iacvet.rules.kinesis_encryption

stream(props, unknown) := {"resources": [{"address": "Events", "type": "AWS::Kinesis::Stream", "partial": false, "has_unknown": unknown, "properties": props}]}

test_absent_fails if {
	count(kinesis_encryption.deny) == 1 with input as stream({"ShardCount": 1}, false)
}

test_none_fails if {
	count(kinesis_encryption.deny) == 1 with input as stream({"StreamEncryption": {"EncryptionType": "NONE"}}, false)
}

test_kms_passes if {
	count(kinesis_encryption.deny) == 0 with input as stream({"StreamEncryption": {"EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"}}, false)
}

test_unknown if {
	inp := stream({"StreamEncryption": {"EncryptionType": {"$unknown": true}}}, true)
	count(kinesis_encryption.deny) == 0 with input as inp
	count(kinesis_encryption.unknown) == 1 with input as inp
}
