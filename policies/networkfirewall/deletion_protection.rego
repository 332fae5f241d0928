# METADATA
# title: Network Firewall has no deletion protection
# description: |
#   Without deletion protection (off by default) one mistaken delete or a replacement in a plan removes
#   the firewall and leaves the traffic it inspected unfiltered or cut off.
# custom:
#   id: AWS-NFW-081
#   severity: low
#   resource_types: [AWS::NetworkFirewall::Firewall]
#   remediation: Enable deletion protection on the firewall.
#   terraform: |
#     resource "aws_networkfirewall_firewall" "main" {
#       delete_protection = true
#     }
#   cloudformation: |
#     Firewall:
#       Type: AWS::NetworkFirewall::Firewall
#       Properties:
#         DeleteProtection: true
#   cis: []
#   fsbp: ["NetworkFirewall.9"]
package iacvet.rules.networkfirewall_deletion_protection

import data.iacvet.lib

path := ["DeleteProtection"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has no deletion protection", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s has no deletion protection", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
