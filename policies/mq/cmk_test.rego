package iacvet.rules.mq_cmk_test

import data.iacvet.rules.mq_cmk

broker(props, unknown) := {"resources": [{"address": "Orders", "type": "AWS::AmazonMQ::Broker", "partial": false, "has_unknown": unknown, "properties": object.union({"EngineType": "ACTIVEMQ"}, props)}]}

test_default_fails if {
	count(mq_cmk.deny) == 1 with input as broker({}, false)
	count(mq_cmk.deny) == 1 with input as broker({"EncryptionOptions": {"UseAwsOwnedKey": true}}, false)
}

test_aws_managed_fails if {
	count(mq_cmk.deny) == 1 with input as broker({"EncryptionOptions": {"UseAwsOwnedKey": false}}, false)
	count(mq_cmk.deny) == 1 with input as broker({"EncryptionOptions": {"UseAwsOwnedKey": "false", "KmsKeyId": "alias/aws/mq"}}, false)
}

test_cmk_passes if {
	count(mq_cmk.deny) == 0 with input as broker({"EncryptionOptions": {"UseAwsOwnedKey": false, "KmsKeyId": "alias/orders-mq"}}, false)
}

test_rabbitmq_not_judged if {
	count(mq_cmk.deny) == 0 with input as broker({"EngineType": "RabbitMQ"}, false)
}

test_unknown if {
	inp := broker({"EncryptionOptions": {"UseAwsOwnedKey": false, "KmsKeyId": {"$unknown": true}}}, true)
	count(mq_cmk.deny) == 0 with input as inp
	count(mq_cmk.unknown) == 1 with input as inp
}
