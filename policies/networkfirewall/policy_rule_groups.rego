# METADATA
# title: Network Firewall policy has no rule groups
# description: |
#   A firewall policy that references no stateful and no stateless rule group inspects nothing: every packet gets the policy's default actions, so the firewall filters no traffic by address, port, domain or signature.
# custom:
#   id: AWS-NFW-001
#   severity: medium
#   resource_types: [AWS::NetworkFirewall::FirewallPolicy]
#   remediation: Reference at least one stateful or stateless rule group from the policy.
#   terraform: |
#     resource "aws_networkfirewall_firewall_policy" "egress" {
#       name = "egress"
#
#       firewall_policy {
#         stateless_default_actions          = ["aws:forward_to_sfe"]
#         stateless_fragment_default_actions = ["aws:forward_to_sfe"]
#
#         stateful_rule_group_reference {
#           resource_arn = aws_networkfirewall_rule_group.allowed_domains.arn
#         }
#       }
#     }
#   cloudformation: |
#     Egress:
#       Type: AWS::NetworkFirewall::FirewallPolicy
#       Properties:
#         FirewallPolicyName: egress
#         FirewallPolicy:
#           StatelessDefaultActions: ['aws:forward_to_sfe']
#           StatelessFragmentDefaultActions: ['aws:forward_to_sfe']
#           StatefulRuleGroupReferences:
#             - ResourceArn: !Ref AllowedDomains
#   cis: []
#   fsbp: ["NetworkFirewall.3"]
package iacvet.rules.networkfirewall_policy_rule_groups

import data.iacvet.lib

keys := ["StatefulRuleGroupReferences", "StatelessRuleGroupReferences"]

deny contains lib.finding(r, msg, "FirewallPolicy") if {
	some r in input.resources
	policy := r.properties.FirewallPolicy
	is_object(policy)
	not lib.is_unknown(policy)
	every k in keys {
		lib.missing(r, ["FirewallPolicy", k])
	}
	msg := sprintf("%s references no rule groups, so the firewall inspects nothing", [r.address])
}

unknown contains lib.finding(r, msg, "FirewallPolicy") if {
	some r in input.resources
	r.has_unknown
	some k in keys
	lib.unknown_at(r.properties, ["FirewallPolicy", k])
	msg := sprintf("%s: its rule groups are known only after apply", [r.address])
}
