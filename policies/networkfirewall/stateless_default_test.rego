package iacvet.rules.networkfirewall_stateless_default_test

import data.iacvet.rules.networkfirewall_stateless_default

res(full, fragments) := {"resources": [{
	"address": "Egress", "type": "AWS::NetworkFirewall::FirewallPolicy", "name": "Egress", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"FirewallPolicyName": "egress", "FirewallPolicy": {"StatelessDefaultActions": full, "StatelessFragmentDefaultActions": fragments}},
}]}

test_fail_full if {
	count(networkfirewall_stateless_default.deny) == 1 with input as res(["aws:pass"], ["aws:drop"])
}

test_fail_fragments_with_custom_action if {
	count(networkfirewall_stateless_default.deny) == 1 with input as res(["aws:forward_to_sfe"], ["aws:pass", "count-fragments"])
}

test_fail_both if {
	count(networkfirewall_stateless_default.deny) == 2 with input as res(["aws:pass"], ["aws:pass"])
}

test_pass if {
	count(networkfirewall_stateless_default.deny) == 0 with input as res(["aws:forward_to_sfe"], ["aws:drop", "count-fragments"])
}

test_unknown if {
	inp := json.patch(res([{"$unknown": true}], ["aws:drop"]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(networkfirewall_stateless_default.deny) == 0 with input as inp
	count(networkfirewall_stateless_default.unknown) == 1 with input as inp
}
