package iacvet.rules.opensearch_data_nodes_test

import data.iacvet.rules.opensearch_data_nodes as rule

domain(config) := {"resources": [{
	"address": "Search",
	"type": "AWS::OpenSearchService::Domain",
	"partial": false,
	"has_unknown": false,
	"properties": {"DomainName": "search", "ClusterConfig": config},
}]}

legacy(config) := {"resources": [{
	"address": "Legacy",
	"type": "AWS::Elasticsearch::Domain",
	"partial": false,
	"has_unknown": false,
	"properties": {"DomainName": "legacy", "ElasticsearchClusterConfig": config},
}]}

test_default_fails if {
	count(rule.deny) == 2 with input as domain({"InstanceType": "r6g.large.search"})
	count(rule.deny) == 2 with input as {"resources": [{"address": "Search", "type": "AWS::OpenSearchService::Domain", "partial": false, "has_unknown": false, "properties": {"DomainName": "search"}}]}
}

test_two_nodes_fails if {
	count(rule.deny) == 1 with input as domain({"InstanceCount": 2, "ZoneAwarenessEnabled": true})
}

test_one_zone_fails if {
	count(rule.deny) == 1 with input as domain({"InstanceCount": 3, "ZoneAwarenessEnabled": false})
}

test_three_zones_pass if {
	count(rule.deny) == 0 with input as domain({"InstanceCount": 3, "ZoneAwarenessEnabled": true})
	count(rule.deny) == 0 with input as legacy({"InstanceCount": "6", "ZoneAwarenessEnabled": "true"})
}

test_legacy_fails if {
	count(rule.deny) == 1 with input as legacy({"InstanceCount": 1, "ZoneAwarenessEnabled": true})
}

test_unknown if {
	inp := json.patch(domain({"InstanceCount": {"$unknown": true}, "ZoneAwarenessEnabled": true}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
