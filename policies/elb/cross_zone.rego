# METADATA
# title: Classic Load Balancer does not balance across zones
# description: |
#   Without cross-zone load balancing a Classic Load Balancer splits traffic evenly per availability
#   zone, so a zone with fewer healthy instances is overloaded and one zone's failure weighs on the
#   rest unevenly. CloudFormation leaves it off unless CrossZone is true; Terraform's aws_elb turns it
#   on by default.
# custom:
#   id: AWS-ELB-081
#   severity: low
#   resource_types: [AWS::ElasticLoadBalancing::LoadBalancer]
#   remediation: Enable cross-zone load balancing.
#   terraform: |
#     resource "aws_elb" "web" {
#       cross_zone_load_balancing = true
#     }
#   cloudformation: |
#     LoadBalancer:
#       Type: AWS::ElasticLoadBalancing::LoadBalancer
#       Properties:
#         CrossZone: true
#   cis: []
#   fsbp: ["ELB.9"]
package iacvet.rules.elb_cross_zone

import data.iacvet.lib

path := ["CrossZone"]

# terraform holds for resources written as aws_elb, whose default is on.
terraform(r) if r.native_type == "aws_elb"

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not terraform(r)
	lib.missing(r, path)
	msg := sprintf("%s does not balance across availability zones (CrossZone defaults to false)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not balance across availability zones", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
