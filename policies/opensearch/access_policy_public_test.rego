package iacvet.rules.opensearch_access_policy_public_test

import data.iacvet.rules.opensearch_access_policy_public as rule

stmt := {"Effect": "Allow", "Principal": "*", "Action": "es:*", "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"}

domain(statement, props) := {"resources": [{
	"address": "Search",
	"type": "AWS::OpenSearchService::Domain",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"DomainName": "search", "AccessPolicies": {"Version": "2012-10-17", "Statement": [statement]}}, props),
}]}

test_public_fails if {
	count(rule.deny) == 1 with input as domain(stmt, {})
	count(rule.deny) == 1 with input as domain(object.union(stmt, {"Principal": {"AWS": "*"}}), {})
}

test_json_string_fails if {
	inp := {"resources": [{"address": "Search", "type": "AWS::Elasticsearch::Domain", "partial": false, "has_unknown": false, "properties": {"AccessPolicies": json.marshal({"Version": "2012-10-17", "Statement": [stmt]})}}]}
	count(rule.deny) == 1 with input as inp
}

test_source_ip_passes if {
	count(rule.deny) == 0 with input as domain(object.union(stmt, {"Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}}), {})
}

test_named_principal_passes if {
	count(rule.deny) == 0 with input as domain(object.union(stmt, {"Principal": {"AWS": "arn:aws:iam::111122223333:role/search-app"}}), {})
}

test_vpc_and_fine_grained_pass if {
	count(rule.deny) == 0 with input as domain(stmt, {"VPCOptions": {"SubnetIds": ["subnet-0123456789abcdef0"]}})
	count(rule.deny) == 0 with input as domain(stmt, {"AdvancedSecurityOptions": {"Enabled": true}})
}

test_unknown if {
	inp := json.patch(domain(object.union(stmt, {"Principal": {"$unknown": true}}), {}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
