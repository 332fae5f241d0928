# METADATA
# title: EC2 instance has a public IP address in a public subnet
# description: |
#   The instance gets a public IPv4 address (AssociatePublicIpAddress, or its subnet's
#   MapPublicIpOnLaunch when the instance does not say) and its subnet's route table sends the
#   internet to an internet gateway, in the same configuration: the instance is directly reachable
#   from the internet wherever its security groups allow. Instances in subnets whose route tables
#   are not in the configuration are not judged.
# custom:
#   id: AWS-EC2-061
#   severity: medium
#   resource_types: [AWS::EC2::Instance, AWS::EC2::Subnet, AWS::EC2::SubnetRouteTableAssociation, AWS::EC2::RouteTable, AWS::EC2::Route, AWS::EC2::InternetGateway]
#   remediation: Launch the instance in a private subnet without a public IP address (associate_public_ip_address = false) and reach it through a load balancer, a NAT gateway or Session Manager.
#   terraform: |
#     resource "aws_instance" "app" {
#       # ...
#       subnet_id                   = aws_subnet.private.id
#       associate_public_ip_address = false
#     }
#   cloudformation: |
#     App:
#       Type: AWS::EC2::Instance
#       Properties:
#         # ...
#         NetworkInterfaces:
#           - DeviceIndex: "0"
#             SubnetId: !Ref PrivateSubnet
#             AssociatePublicIpAddress: false
#   cis: []
#   fsbp: ["EC2.9"]
package iacvet.rules.ec2_instance_public_subnet

import data.iacvet.lib

subnets := [r | some r in input.resources; r.type == "AWS::EC2::Subnet"]

# placements are [path, subnet value, explicit public IP setting or null].
placements(p) := [[["AssociatePublicIpAddress"], p.SubnetId, lib.get(p, "AssociatePublicIpAddress", null)]] if p.SubnetId

placements(p) := [[["NetworkInterfaces", i, "AssociatePublicIpAddress"], ni.SubnetId, lib.get(ni, "AssociatePublicIpAddress", null)] |
	some i, ni in p.NetworkInterfaces
	ni.SubnetId
] if not p.SubnetId

public_ip(setting, _) if lib.is_true(setting)

public_ip(null, subnet) if {
	keys := lib.ref_keys(subnet)
	some s in subnets
	s.address in keys
	lib.is_true(s.properties.MapPublicIpOnLaunch)
}

deny contains lib.finding(r, msg, path) if {
	count(lib.public_subnets) > 0
	some r in input.resources
	r.type == "AWS::EC2::Instance"
	some [path, subnet, setting] in placements(r.properties)
	name := lib.public_subnet(subnet)
	public_ip(setting, subnet)
	gw := lib.subnet_gateway(subnet)
	msg := sprintf("instance %s has a public IP address in public subnet %s (internet gateway %s)", [r.address, name, gw])
}
