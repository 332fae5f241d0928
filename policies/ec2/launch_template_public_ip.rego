# METADATA
# title: Launch template assigns public IP addresses
# description: |
#   A network interface of the launch template sets AssociatePublicIpAddress, so every instance launched from it gets a public IPv4 address and is reachable from the internet wherever its security groups allow. Interfaces that leave the choice to the subnet are not reported.
# custom:
#   id: AWS-EC2-062
#   severity: medium
#   resource_types: [AWS::EC2::LaunchTemplate]
#   remediation: Remove AssociatePublicIpAddress (associate_public_ip_address) or set it to false; reach the instances through a load balancer, a NAT gateway or Session Manager.
#   terraform: |
#     network_interfaces {
#       associate_public_ip_address = false
#       security_groups             = [aws_security_group.app.id]
#     }
#   cloudformation: |
#     LaunchTemplateData:
#       NetworkInterfaces:
#         - DeviceIndex: 0
#           AssociatePublicIpAddress: false
#           Groups: [!Ref AppSecurityGroup]
#   cis: []
#   fsbp: ["EC2.25"]
package iacvet.rules.ec2_launch_template_public_ip

import data.iacvet.lib

deny contains lib.finding(r, msg, ["LaunchTemplateData", "NetworkInterfaces", i, "AssociatePublicIpAddress"]) if {
	some r in input.resources
	r.type == "AWS::EC2::LaunchTemplate"
	some i, ni in r.properties.LaunchTemplateData.NetworkInterfaces
	lib.is_true(ni.AssociatePublicIpAddress)
	msg := sprintf("launch template %s gives the instances it launches public IP addresses", [r.address])
}

unknown contains lib.finding(r, msg, ["LaunchTemplateData", "NetworkInterfaces", i, "AssociatePublicIpAddress"]) if {
	some r in input.resources
	r.type == "AWS::EC2::LaunchTemplate"
	r.has_unknown
	some i, ni in r.properties.LaunchTemplateData.NetworkInterfaces
	lib.is_unknown(ni.AssociatePublicIpAddress)
	msg := sprintf("launch template %s: whether it assigns public IP addresses is known only after apply", [r.address])
}
