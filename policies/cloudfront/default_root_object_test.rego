package iacvet.rules.cloudfront_default_root_object_test

import data.iacvet.rules.cloudfront_default_root_object as rule

dist(config) := {"resources": [{
	"address": "Site",
	"type": "AWS::CloudFront::Distribution",
	"partial": false,
	"has_unknown": false,
	"properties": {"DistributionConfig": config},
}]}

base := {"Enabled": true, "Origins": [{"Id": "site", "DomainName": "example-site.s3.us-east-1.amazonaws.com"}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as dist(base)
}

test_empty_fails if {
	count(rule.deny) == 1 with input as dist(object.union(base, {"DefaultRootObject": ""}))
}

test_set_passes if {
	count(rule.deny) == 0 with input as dist(object.union(base, {"DefaultRootObject": "index.html"}))
}

test_partial_is_not_judged if {
	inp := json.patch(dist(base), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(rule.deny) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(dist(object.union(base, {"DefaultRootObject": {"$unknown": true}})), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
