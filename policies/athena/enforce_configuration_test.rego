package iacvet.rules.athena_enforce_configuration_test

import data.iacvet.rules.athena_enforce_configuration as rule

wg(config) := {"resources": [{
	"address": "Analysts",
	"type": "AWS::Athena::WorkGroup",
	"partial": false,
	"has_unknown": false,
	"properties": {"Name": "analysts", "WorkGroupConfiguration": config},
}]}

test_override_fails if {
	count(rule.deny) == 1 with input as wg({"EnforceWorkGroupConfiguration": false})
	count(rule.deny) == 1 with input as wg({"EnforceWorkGroupConfiguration": "false"})
}

test_enforced_passes if {
	count(rule.deny) == 0 with input as wg({})
	count(rule.deny) == 0 with input as wg({"EnforceWorkGroupConfiguration": true})
}

test_unknown if {
	inp := json.patch(wg({"EnforceWorkGroupConfiguration": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
