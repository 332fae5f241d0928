package iacvet.rules.elb_desync_mitigation_test

import data.iacvet.rules.elb_desync_mitigation as rule

lb(props) := {"resources": [{
	"address": "Web",
	"type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"Subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]}, props),
}]}

mode(m) := [{"Key": "routing.http.desync_mitigation_mode", "Value": m}]

test_monitor_fails if {
	count(rule.deny) == 1 with input as lb({"LoadBalancerAttributes": mode("monitor")})
	count(rule.deny) == 1 with input as lb({"Type": "application", "LoadBalancerAttributes": mode("monitor")})
}

test_defensive_passes if {
	count(rule.deny) == 0 with input as lb({})
	count(rule.deny) == 0 with input as lb({"LoadBalancerAttributes": mode("defensive")})
	count(rule.deny) == 0 with input as lb({"LoadBalancerAttributes": mode("strictest")})
}

test_network_is_not_judged if {
	count(rule.deny) == 0 with input as lb({"Type": "network", "LoadBalancerAttributes": mode("monitor")})
}

test_unknown if {
	inp := json.patch(lb({"LoadBalancerAttributes": mode({"$unknown": true})}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
