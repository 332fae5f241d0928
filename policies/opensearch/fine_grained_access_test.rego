package iacvet.rules.opensearch_fine_grained_access_test

import data.iacvet.rules.opensearch_fine_grained_access as rule

domain(props) := {"resources": [{
	"address": "Search",
	"type": "AWS::OpenSearchService::Domain",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"DomainName": "search"}, props),
}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as domain({})
}

test_disabled_fails if {
	count(rule.deny) == 1 with input as domain({"AdvancedSecurityOptions": {"Enabled": false}})
}

test_enabled_passes if {
	count(rule.deny) == 0 with input as domain({"AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false}})
}

test_partial_is_not_judged if {
	inp := json.patch(domain({}), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(rule.deny) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(domain({"AdvancedSecurityOptions": {"Enabled": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
