package iacvet.rules.ses_tls_test

import data.iacvet.rules.ses_tls as rule

cs(props) := {"resources": [{
	"address": "Transactional",
	"type": "AWS::SES::ConfigurationSet",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"Name": "transactional"}, props),
}]}

test_default_fails if {
	count(rule.deny) == 1 with input as cs({})
	count(rule.deny) == 1 with input as cs({"DeliveryOptions": {"SendingPoolName": "shared"}})
}

test_optional_fails if {
	count(rule.deny) == 1 with input as cs({"DeliveryOptions": {"TlsPolicy": "OPTIONAL"}})
}

test_require_passes if {
	count(rule.deny) == 0 with input as cs({"DeliveryOptions": {"TlsPolicy": "REQUIRE"}})
	count(rule.deny) == 0 with input as cs({"DeliveryOptions": {"TlsPolicy": "Require"}})
}

test_unknown if {
	inp := json.patch(cs({"DeliveryOptions": {"TlsPolicy": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
