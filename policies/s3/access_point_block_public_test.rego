package iacvet.rules.s3_access_point_block_public_test

import data.iacvet.rules.s3_access_point_block_public as rule

ap(props) := {"resources": [{
	"address": "Reports",
	"type": "AWS::S3::AccessPoint",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"Bucket": "example-data", "Name": "reports"}, props),
}]}

all_on := {"BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true}

test_off_fails if {
	count(rule.deny) == 1 with input as ap({"PublicAccessBlockConfiguration": object.union(all_on, {"BlockPublicPolicy": false})})
	count(rule.deny) == 2 with input as ap({"PublicAccessBlockConfiguration": object.union(all_on, {"BlockPublicAcls": "false", "IgnorePublicAcls": false})})
}

test_default_passes if {
	count(rule.deny) == 0 with input as ap({})
	count(rule.deny) == 0 with input as ap({"PublicAccessBlockConfiguration": all_on})
}

test_unknown if {
	inp := json.patch(ap({"PublicAccessBlockConfiguration": object.union(all_on, {"BlockPublicPolicy": {"$unknown": true}})}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
