# METADATA
# title: Auto Scaling group launches instances in one availability zone
# description: |
#   An Auto Scaling group confined to one availability zone cannot replace its instances elsewhere
#   when that zone fails. Zones are counted from the zone names and subnets: two subnets of the input
#   in the same zone are one zone; a subnet outside the input counts as a zone of its own.
# custom:
#   id: AWS-ASG-080
#   severity: medium
#   resource_types: [AWS::AutoScaling::AutoScalingGroup, AWS::EC2::Subnet]
#   remediation: Give the group subnets (or zones) in at least two availability zones.
#   terraform: |
#     resource "aws_autoscaling_group" "web" {
#       vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_b.id]
#     }
#   cloudformation: |
#     WebGroup:
#       Type: AWS::AutoScaling::AutoScalingGroup
#       Properties:
#         VPCZoneIdentifier: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
#   cis: []
#   fsbp: ["AutoScaling.2"]
package iacvet.rules.autoscaling_multi_az

import data.iacvet.lib
import data.iacvet.lib.zones

placement(r) := [k, v] if {
	some k in ["VPCZoneIdentifier", "AvailabilityZones"]
	v := r.properties[k]
	v != null
	v != []
}

deny contains lib.finding(r, msg, k) if {
	some r in input.resources
	r.type == "AWS::AutoScaling::AutoScalingGroup"
	[k, v] := placement(r)
	not zones.undecided(v)
	count(zones.keys(v)) < 2
	msg := sprintf("%s launches instances in a single availability zone", [r.address])
}

unknown contains lib.finding(r, msg, k) if {
	some r in input.resources
	r.type == "AWS::AutoScaling::AutoScalingGroup"
	r.has_unknown
	[k, v] := placement(r)
	zones.undecided(v)
	count(zones.keys(v)) < 2
	msg := sprintf("%s: the availability zones it launches in are known only after apply", [r.address])
}
