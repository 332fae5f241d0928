package iacvet.rules.opensearch_tls_policy_test

import data.iacvet.rules.opensearch_tls_policy as rule

domain(opts) := {"resources": [{
	"address": "Search",
	"type": "AWS::Elasticsearch::Domain",
	"partial": false,
	"has_unknown": false,
	"properties": {"DomainName": "search", "DomainEndpointOptions": opts},
}]}

test_tls10_fails if {
	count(rule.deny) == 1 with input as domain({"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"})
}

test_tls12_passes if {
	count(rule.deny) == 0 with input as domain({"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"})
	count(rule.deny) == 0 with input as domain({"EnforceHTTPS": true, "TLSSecurityPolicy": "Policy-Min-TLS-1-2-PFS-2023-10"})
}

test_unknown if {
	inp := json.patch(domain({"EnforceHTTPS": true, "TLSSecurityPolicy": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
