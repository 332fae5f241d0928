package iacvet.rules.s3_object_lock_test

import data.iacvet.rules.s3_object_lock as rule

bucket(props) := {"resources": [{
	"address": "Records",
	"type": "AWS::S3::Bucket",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"BucketName": "example-records"}, props),
}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as bucket({})
	count(rule.deny) == 1 with input as bucket({"ObjectLockEnabled": false})
}

test_enabled_passes if {
	count(rule.deny) == 0 with input as bucket({"ObjectLockEnabled": true})
	count(rule.deny) == 0 with input as bucket({"ObjectLockEnabled": "true"})
	count(rule.deny) == 0 with input as bucket({"ObjectLockConfiguration": {"ObjectLockEnabled": "Enabled"}})
}

test_unknown if {
	inp := json.patch(bucket({"ObjectLockEnabled": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
