package iacvet.rules.firehose_encryption_test

import data.iacvet.rules.firehose_encryption

stream(props, unknown) := {"resources": [{"address": "Logs", "type": "AWS::KinesisFirehose::DeliveryStream", "partial": false, "has_unknown": unknown, "properties": props}]}

s3 := {"ExtendedS3DestinationConfiguration": {"BucketARN": "arn:aws:s3:::logs", "RoleARN": "arn:aws:iam::123456789012:role/fh"}}

test_direct_put_without_sse_fails if {
	count(firehose_encryption.deny) == 1 with input as stream(s3, false)
	count(firehose_encryption.deny) == 1 with input as stream(object.union(s3, {"DeliveryStreamType": "DirectPut"}), false)
}

test_sse_passes if {
	count(firehose_encryption.deny) == 0 with input as stream(object.union(s3, {"DeliveryStreamEncryptionConfigurationInput": {"KeyType": "AWS_OWNED_CMK"}}), false)
}

test_kinesis_source_is_not_judged if {
	count(firehose_encryption.deny) == 0 with input as stream(object.union(s3, {"DeliveryStreamType": "KinesisStreamAsSource"}), false)
	count(firehose_encryption.deny) == 0 with input as stream(object.union(s3, {"KinesisStreamSourceConfiguration": {"KinesisStreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/s"}}), false)
	count(firehose_encryption.deny) == 0 with input as stream(object.union(s3, {"MSKSourceConfiguration": {"MSKClusterARN": "arn"}}), false)
}

test_unknown if {
	inp := stream(object.union(s3, {"DeliveryStreamEncryptionConfigurationInput": {"$unknown": true}}), true)
	count(firehose_encryption.deny) == 0 with input as inp
	count(firehose_encryption.unknown) == 1 with input as inp
}
