package iacvet.rules.s3_object_ownership_test

import data.iacvet.rules.s3_object_ownership as rule

bucket(props) := {"resources": [{
	"address": "Data",
	"type": "AWS::S3::Bucket",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"BucketName": "example-data"}, props),
}]}

test_acls_enabled_fails if {
	count(rule.deny) == 1 with input as bucket({"OwnershipControls": {"Rules": [{"ObjectOwnership": "ObjectWriter"}]}})
	count(rule.deny) == 1 with input as bucket({"OwnershipControls": {"Rules": [{"ObjectOwnership": "BucketOwnerPreferred"}]}})
}

test_enforced_passes if {
	count(rule.deny) == 0 with input as bucket({"OwnershipControls": {"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]}})
}

test_default_passes if {
	count(rule.deny) == 0 with input as bucket({})
}

test_unknown if {
	inp := json.patch(bucket({"OwnershipControls": {"Rules": [{"ObjectOwnership": {"$unknown": true}}]}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
