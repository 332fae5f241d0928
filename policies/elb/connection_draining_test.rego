package iacvet.rules.elb_connection_draining_test

import data.iacvet.rules.elb_connection_draining as rule

lb(props) := {"resources": [{
	"address": "Web",
	"type": "AWS::ElasticLoadBalancing::LoadBalancer",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"Listeners": [{"InstancePort": "80", "LoadBalancerPort": "80", "Protocol": "HTTP"}]}, props),
}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as lb({})
}

test_disabled_fails if {
	count(rule.deny) == 1 with input as lb({"ConnectionDrainingPolicy": {"Enabled": false, "Timeout": 300}})
	count(rule.deny) == 1 with input as lb({"ConnectionDrainingPolicy": {"Enabled": "false"}})
}

test_enabled_passes if {
	count(rule.deny) == 0 with input as lb({"ConnectionDrainingPolicy": {"Enabled": true, "Timeout": 300}})
}

test_unknown if {
	inp := json.patch(lb({"ConnectionDrainingPolicy": {"Enabled": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
