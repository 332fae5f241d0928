package iacvet.rules.networkfirewall_policy_rule_groups_test

import data.iacvet.rules.networkfirewall_policy_rule_groups

res(policy) := {"resources": [{
	"address": "Egress", "type": "AWS::NetworkFirewall::FirewallPolicy", "name": "Egress", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"FirewallPolicyName": "egress", "FirewallPolicy": object.union({"StatelessDefaultActions": ["aws:forward_to_sfe"], "StatelessFragmentDefaultActions": ["aws:forward_to_sfe"]}, policy)},
}]}

test_fail_none if {
	count(networkfirewall_policy_rule_groups.deny) == 1 with input as res({})
}

test_fail_empty_lists if {
	count(networkfirewall_policy_rule_groups.deny) == 1 with input as res({"StatefulRuleGroupReferences": [], "StatelessRuleGroupReferences": []})
}

test_pass_stateful if {
	count(networkfirewall_policy_rule_groups.deny) == 0 with input as res({"StatefulRuleGroupReferences": [{"ResourceArn": {"$unknown": true, "$ref": "AllowedDomains"}}]})
}

test_pass_stateless if {
	count(networkfirewall_policy_rule_groups.deny) == 0 with input as res({"StatelessRuleGroupReferences": [{"ResourceArn": "arn:aws:network-firewall:us-east-1:111122223333:stateless-rulegroup/drop-ssh", "Priority": 10}]})
}

test_unknown if {
	inp := json.patch(res({"StatefulRuleGroupReferences": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(networkfirewall_policy_rule_groups.deny) == 0 with input as inp
	count(networkfirewall_policy_rule_groups.unknown) == 1 with input as inp
}
