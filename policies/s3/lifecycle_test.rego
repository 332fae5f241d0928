package iacvet.rules.s3_lifecycle_test

import data.iacvet.rules.s3_lifecycle as rule

bucket(props) := {"resources": [{
	"address": "Data",
	"type": "AWS::S3::Bucket",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"BucketName": "example-data"}, props),
}]}

test_none_fails if {
	count(rule.deny) == 1 with input as bucket({})
	count(rule.deny) == 1 with input as bucket({"LifecycleConfiguration": {"Rules": []}})
}

test_disabled_fails if {
	count(rule.deny) == 1 with input as bucket({"LifecycleConfiguration": {"Rules": [{"Id": "old", "Status": "Disabled", "ExpirationInDays": 30}]}})
}

test_enabled_passes if {
	count(rule.deny) == 0 with input as bucket({"LifecycleConfiguration": {"Rules": [
		{"Id": "old", "Status": "Disabled", "ExpirationInDays": 30},
		{"Id": "mpu", "Status": "Enabled", "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}},
	]}})
}

test_partial_is_not_judged if {
	inp := json.patch(bucket({}), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(rule.deny) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(bucket({"LifecycleConfiguration": {"Rules": [{"Id": "old", "Status": {"$unknown": true}}]}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
