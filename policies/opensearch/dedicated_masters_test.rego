package iacvet.rules.opensearch_dedicated_masters_test

import data.iacvet.rules.opensearch_dedicated_masters as rule

domain(config) := {"resources": [{
	"address": "Search",
	"type": "AWS::OpenSearchService::Domain",
	"partial": false,
	"has_unknown": false,
	"properties": {"DomainName": "search", "ClusterConfig": config},
}]}

test_none_fails if {
	count(rule.deny) == 1 with input as domain({"InstanceCount": 3})
	count(rule.deny) == 1 with input as domain({"DedicatedMasterEnabled": false, "DedicatedMasterCount": 3})
}

test_two_fails if {
	count(rule.deny) == 1 with input as domain({"DedicatedMasterEnabled": true, "DedicatedMasterCount": 2})
}

test_three_passes if {
	count(rule.deny) == 0 with input as domain({"DedicatedMasterEnabled": true, "DedicatedMasterCount": 3, "DedicatedMasterType": "m6g.large.search"})
	count(rule.deny) == 0 with input as domain({"DedicatedMasterEnabled": "true", "DedicatedMasterCount": "5"})
}

test_legacy if {
	inp := {"resources": [{"address": "Legacy", "type": "AWS::Elasticsearch::Domain", "partial": false, "has_unknown": false, "properties": {"ElasticsearchClusterConfig": {"DedicatedMasterEnabled": true, "DedicatedMasterCount": 1}}}]}
	count(rule.deny) == 1 with input as inp
}

test_unknown if {
	inp := json.patch(domain({"DedicatedMasterEnabled": true, "DedicatedMasterCount": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
