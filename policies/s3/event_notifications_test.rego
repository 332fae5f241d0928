package iacvet.rules.s3_event_notifications_test

import data.iacvet.rules.s3_event_notifications as rule

bucket(props) := {"resources": [{
	"address": "Data",
	"type": "AWS::S3::Bucket",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"BucketName": "example-data"}, props),
}]}

test_none_fails if {
	count(rule.deny) == 1 with input as bucket({})
	count(rule.deny) == 1 with input as bucket({"NotificationConfiguration": {"QueueConfigurations": [], "EventBridgeConfiguration": {"EventBridgeEnabled": false}}})
}

test_queue_passes if {
	count(rule.deny) == 0 with input as bucket({"NotificationConfiguration": {"QueueConfigurations": [{"Event": "s3:ObjectCreated:*", "Queue": "arn:aws:sqs:us-east-1:111122223333:uploads"}]}})
}

test_eventbridge_passes if {
	count(rule.deny) == 0 with input as bucket({"NotificationConfiguration": {"EventBridgeConfiguration": {"EventBridgeEnabled": true}}})
	count(rule.deny) == 0 with input as bucket({"NotificationConfiguration": {"EventBridgeConfiguration": {}}})
}

test_unknown if {
	inp := json.patch(bucket({"NotificationConfiguration": {"EventBridgeConfiguration": {"EventBridgeEnabled": {"$unknown": true}}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
