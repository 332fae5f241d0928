# METADATA
# title: Subnet assigns public IPv4 addresses on launch
# description: |
#   Every instance and network interface launched in the subnet gets a public IPv4 address unless it
#   opts out, which exposes it to the internet wherever its security groups allow.
# custom:
#   id: AWS-VPC-003
#   severity: low
#   resource_types: [AWS::EC2::Subnet]
#   remediation: |
#     Turn off automatic public IPv4 assignment and give public addresses (or, better, a load
#     balancer in front) only to the resources that must be reached from the internet.
#   terraform: |
#     resource "aws_subnet" "app" {
#       vpc_id                  = aws_vpc.main.id
#       cidr_block              = "10.0.1.0/24"
#       map_public_ip_on_launch = false
#     }
#   cloudformation: |
#     AppSubnet:
#       Type: AWS::EC2::Subnet
#       Properties:
#         VpcId: !Ref Vpc
#         CidrBlock: 10.0.1.0/24
#         MapPublicIpOnLaunch: false
#   cis: []
#   fsbp: ["EC2.15"]
package iacvet.rules.vpc_subnet_public_ip

import data.iacvet.lib

deny contains lib.finding(r, msg, ["MapPublicIpOnLaunch"]) if {
	some r in input.resources
	lib.is_true(r.properties.MapPublicIpOnLaunch)
	msg := sprintf("subnet %s assigns a public IPv4 address to everything launched in it", [r.address])
}

unknown contains lib.finding(r, msg, ["MapPublicIpOnLaunch"]) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.MapPublicIpOnLaunch)
	msg := sprintf("subnet %s: whether it assigns public IPv4 addresses is known only after apply", [r.address])
}
