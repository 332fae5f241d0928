# METADATA
# title: Network Firewall policy passes packets no stateless rule matched
# description: |
#   A firewall policy whose default stateless action for full packets, or for fragmented packets, is aws:pass lets every packet that no stateless rule matched through without stateful inspection. The default should drop the packets or forward them to the stateful engine (aws:forward_to_sfe).
# custom:
#   id: AWS-NFW-002
#   severity: medium
#   resource_types: [AWS::NetworkFirewall::FirewallPolicy]
#   remediation: Set StatelessDefaultActions and StatelessFragmentDefaultActions (stateless_default_actions, stateless_fragment_default_actions) to aws:forward_to_sfe or aws:drop.
#   terraform: |
#     resource "aws_networkfirewall_firewall_policy" "egress" {
#       name = "egress"
#
#       firewall_policy {
#         stateless_default_actions          = ["aws:forward_to_sfe"]
#         stateless_fragment_default_actions = ["aws:drop"]
#         # ...
#       }
#     }
#   cloudformation: |
#     Egress:
#       Type: AWS::NetworkFirewall::FirewallPolicy
#       Properties:
#         FirewallPolicyName: egress
#         FirewallPolicy:
#           StatelessDefaultActions: ['aws:forward_to_sfe']
#           StatelessFragmentDefaultActions: ['aws:drop']
#   cis: []
#   fsbp: ["NetworkFirewall.4", "NetworkFirewall.5"]
package iacvet.rules.networkfirewall_stateless_default

import data.iacvet.lib

kinds := {"StatelessDefaultActions": "full packets", "StatelessFragmentDefaultActions": "fragmented packets"}

# passes holds when a default action list has no drop or forward action:
# aws:pass alone, or with custom actions (which only publish metrics).
passes(actions) if {
	is_array(actions)
	count(actions) > 0
	not undecided(actions)
	not stops(actions)
}

stops(actions) if {
	some a in actions
	a in {"aws:drop", "aws:forward_to_sfe"}
}

undecided(actions) if {
	some a in actions
	lib.is_unknown(a)
}

deny contains lib.finding(r, msg, ["FirewallPolicy", k]) if {
	some r in input.resources
	some k, kind in kinds
	passes(r.properties.FirewallPolicy[k])
	msg := sprintf("%s passes %s that no stateless rule matched without inspection", [r.address, kind])
}

unknown contains lib.finding(r, msg, ["FirewallPolicy", k]) if {
	some r in input.resources
	r.has_unknown
	some k, _ in kinds
	unknown_actions(r, k)
	msg := sprintf("%s: its default stateless actions are known only after apply", [r.address])
}

unknown_actions(r, k) if lib.unknown_at(r.properties, ["FirewallPolicy", k])

unknown_actions(r, k) if {
	actions := r.properties.FirewallPolicy[k]
	is_array(actions)
	undecided(actions)
	not stops(actions)
}
