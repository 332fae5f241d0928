# METADATA
# title: Instance type not offered in the subnet's availability zone
# description: The instance type is offered in the region but not in the availability zone the instance is placed in (its subnet's zone, looked up live or taken from a subnet of the same change), so the launch fails with Unsupported.
# custom:
#   id: AWS-LIVE-003
#   severity: high
#   resource_types: [AWS::EC2::Instance, AWS::EC2::Subnet]
#   remediation: Place the instance in a subnet whose zone offers the type (aws ec2 describe-instance-type-offerings --location-type availability-zone), or choose a type offered in that zone.
#   terraform: |
#     resource "aws_instance" "gpu" {
#       instance_type = "p5.48xlarge"
#       subnet_id     = aws_subnet.zone_with_p5.id
#     }
#   cloudformation: |
#     Gpu:
#       Type: AWS::EC2::Instance
#       Properties:
#         InstanceType: p5.48xlarge
#         SubnetId: !Ref SubnetInZoneWithP5
package iacvet.rules.live_instance_type_zone

import data.iacvet.lib
import data.iacvet.lib.live

# placement holds [instance, path, region, zone, provenance of the zone].
placement contains [r, ["AvailabilityZone"], live.region(r), zone, []] if {
	some r in input.resources
	r.type == "AWS::EC2::Instance"
	zone := r.properties.AvailabilityZone
	live.known_name(zone)
}

placement contains [r, ["SubnetId"], subnet.region, subnet.zone, subnet.provenance] if {
	some r in input.resources
	r.type == "AWS::EC2::Instance"
	not live.known_name(object.get(r.properties, "AvailabilityZone", ""))
	id := r.properties.SubnetId
	live.known_name(id)
	subnet := data.aws.ec2.subnets[id]
	not subnet.missing
	live.known_name(subnet.zone)
}

# subnets indexes the change's subnets by input and address, so following
# an instance's subnet reference is a lookup, not a scan of every resource
# (two templates or root modules of one scan may each name a subnet alike).
subnets[[object.get(s, "input", ""), s.address]] := s if {
	some s in input.resources
	s.type == "AWS::EC2::Subnet"
}

# ref_subnet follows a reference to an address or to one of its
# attributes (aws_subnet.a or aws_subnet.a.id).
ref_subnet(r, ref) := subnets[[object.get(r, "input", ""), ref]]

ref_subnet(r, ref) := subnets[[object.get(r, "input", ""), regex.replace(ref, `\.[^.\]]+$`, "")]] if not subnets[[object.get(r, "input", ""), ref]]

placement contains [r, ["SubnetId"], live.region(r), zone, []] if {
	some r in input.resources
	r.type == "AWS::EC2::Instance"
	not live.known_name(object.get(r.properties, "AvailabilityZone", ""))
	s := ref_subnet(r, r.properties.SubnetId["$ref"])
	zone := s.properties.AvailabilityZone
	live.known_name(zone)
}

deny contains lib.finding_with(r, msg, path, array.concat(data.aws.provenance.ec2.offerings[region].zones, zprov)) if {
	some [r, path, region, zone, zprov] in placement
	t := r.properties.InstanceType
	live.known_name(t)
	zones := data.aws.ec2.offerings[region].zones
	zones[zone]
	not zones[zone][t]
	some other
	zones[other][t]
	msg := sprintf("instance type %q is not offered in availability zone %s (region %s offers it in %s)", [t, zone, region, concat(", ", sort([z | some z, types in zones; types[t]]))])
}
