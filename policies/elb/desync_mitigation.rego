# METADATA
# title: Application Load Balancer lets through requests that risk HTTP desync
# description: |
#   In monitor mode an Application Load Balancer forwards every request, including ambiguous ones (conflicting Content-Length and Transfer-Encoding headers) that a back end can parse differently; that is how HTTP request smuggling poisons caches and hijacks other users' requests. The default mode, defensive, blocks the dangerous ones; strictest blocks every non-compliant request.
# custom:
#   id: AWS-ELB-008
#   severity: medium
#   resource_types: [AWS::ElasticLoadBalancingV2::LoadBalancer]
#   remediation: Set the load balancer's desync mitigation mode to defensive (the default) or strictest.
#   terraform: |
#     resource "aws_lb" "web" {
#       load_balancer_type     = "application"
#       desync_mitigation_mode = "defensive"
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#       Properties:
#         Type: application
#         LoadBalancerAttributes:
#           - Key: routing.http.desync_mitigation_mode
#             Value: defensive
#   cis: []
#   fsbp: ["ELB.12"]
package iacvet.rules.elb_desync_mitigation

import data.iacvet.lib

key := "routing.http.desync_mitigation_mode"

application(r) if {
	t := lib.get(r.properties, "Type", "application")
	is_string(t)
	lower(t) == "application"
}

attributes(r) := r.properties.LoadBalancerAttributes if is_array(r.properties.LoadBalancerAttributes)

attributes(r) := [] if not is_array(r.properties.LoadBalancerAttributes)

deny contains lib.finding(r, msg, ["LoadBalancerAttributes", i, "Value"]) if {
	some r in input.resources
	application(r)
	some i, attr in attributes(r)
	is_object(attr)
	attr.Key == key
	is_string(attr.Value)
	lower(attr.Value) == "monitor"
	msg := sprintf("Application Load Balancer %s forwards requests that risk HTTP desync (%s is monitor)", [r.address, key])
}

unknown contains lib.finding(r, msg, ["LoadBalancerAttributes", i, "Value"]) if {
	some r in input.resources
	r.has_unknown
	application(r)
	some i, attr in attributes(r)
	is_object(attr)
	attr.Key == key
	lib.is_unknown(attr.Value)
	msg := sprintf("Application Load Balancer %s: its desync mitigation mode is known only after apply", [r.address])
}
