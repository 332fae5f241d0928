# METADATA
# title: Load balancer is placed in one availability zone
# description: |
#   A load balancer with nodes in a single availability zone goes down with that zone, taking every
#   target behind it along. Zones are counted from the zone names and subnets: two subnets of the
#   input in the same zone are one zone; a subnet outside the input counts as a zone of its own.
# custom:
#   id: AWS-ELB-082
#   severity: medium
#   resource_types: [AWS::ElasticLoadBalancingV2::LoadBalancer, AWS::ElasticLoadBalancing::LoadBalancer, AWS::EC2::Subnet]
#   remediation: Place the load balancer in subnets of at least two availability zones.
#   terraform: |
#     resource "aws_lb" "main" {
#       subnets = [aws_subnet.public_a.id, aws_subnet.public_b.id]
#     }
#   cloudformation: |
#     LoadBalancer:
#       Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#       Properties:
#         Subnets: [!Ref PublicSubnetA, !Ref PublicSubnetB]
#   cis: []
#   fsbp: ["ELB.10", "ELB.13"]
package iacvet.rules.elb_multi_az

import data.iacvet.lib
import data.iacvet.lib.zones

# placement is [property, values] of each way a load balancer names its
# zones or subnets.
placement(r) := [k, v] if {
	some k in ["Subnets", "AvailabilityZones"]
	v := r.properties[k]
	v != null
	v != []
} else := ["SubnetMappings", [m.SubnetId | some m in r.properties.SubnetMappings]] if {
	is_array(r.properties.SubnetMappings)
	count(r.properties.SubnetMappings) > 0
}

deny contains lib.finding(r, msg, k) if {
	some r in input.resources
	r.type != "AWS::EC2::Subnet"
	lib.whole(r)
	[k, v] := placement(r)
	not zones.undecided(v)
	count(zones.keys(v)) < 2
	msg := sprintf("%s is placed in a single availability zone", [r.address])
}

unknown contains lib.finding(r, msg, k) if {
	some r in input.resources
	r.type != "AWS::EC2::Subnet"
	r.has_unknown
	[k, v] := placement(r)
	zones.undecided(v)
	count(zones.keys(v)) < 2
	msg := sprintf("%s: the availability zones it is placed in are known only after apply", [r.address])
}
