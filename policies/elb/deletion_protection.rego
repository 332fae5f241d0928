# METADATA
# title: Load balancer has no deletion protection
# description: |
#   Application, Network and Gateway Load Balancers have deletion protection off by default, so one
#   mistaken delete or a replacement in a plan takes the entry point of a service away.
# custom:
#   id: AWS-ELB-080
#   severity: low
#   resource_types: [AWS::ElasticLoadBalancingV2::LoadBalancer]
#   remediation: Set the load balancer attribute deletion_protection.enabled to true.
#   terraform: |
#     resource "aws_lb" "main" {
#       enable_deletion_protection = true
#     }
#   cloudformation: |
#     LoadBalancer:
#       Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#       Properties:
#         LoadBalancerAttributes:
#           - Key: deletion_protection.enabled
#             Value: "true"
#   cis: []
#   fsbp: ["ELB.6"]
package iacvet.rules.elb_deletion_protection

import data.iacvet.lib

key := "deletion_protection.enabled"

attributes(r) := r.properties.LoadBalancerAttributes if is_array(r.properties.LoadBalancerAttributes)

attributes(r) := [] if not is_array(r.properties.LoadBalancerAttributes)

settings(r) := {[i, attr.Value] |
	some i, attr in attributes(r)
	is_object(attr)
	attr.Key == key
}

undecided(r) if lib.is_unknown(r.properties.LoadBalancerAttributes)

undecided(r) if {
	some attr in attributes(r)
	lib.is_unknown(attr)
}

undecided(r) if {
	some attr in attributes(r)
	lib.is_unknown(attr.Key)
}

deny contains lib.finding(r, msg, ["LoadBalancerAttributes", i, "Value"]) if {
	some r in input.resources
	some [i, v] in settings(r)
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("%s has no deletion protection (%s is %v)", [r.address, key, v])
}

deny contains lib.finding(r, msg, "LoadBalancerAttributes") if {
	some r in input.resources
	lib.whole(r)
	count(settings(r)) == 0
	not undecided(r)
	msg := sprintf("%s has no deletion protection (%s is not set)", [r.address, key])
}

unknown contains lib.finding(r, msg, "LoadBalancerAttributes") if {
	some r in input.resources
	r.has_unknown
	count(settings(r)) == 0
	undecided(r)
	msg := sprintf("%s: whether deletion protection is enabled is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, ["LoadBalancerAttributes", i, "Value"]) if {
	some r in input.resources
	r.has_unknown
	some [i, v] in settings(r)
	lib.is_unknown(v)
	msg := sprintf("%s: whether deletion protection is enabled is known only after apply", [r.address])
}
