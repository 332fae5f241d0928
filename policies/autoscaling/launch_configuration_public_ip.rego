# METADATA
# title: Auto Scaling launch configuration assigns public IP addresses
# description: |
#   The launch configuration sets AssociatePublicIpAddress to true, so every instance its Auto Scaling groups launch gets a public IPv4 address and is reachable from the internet wherever its security groups allow.
# custom:
#   id: AWS-ASG-060
#   severity: medium
#   resource_types: [AWS::AutoScaling::LaunchConfiguration]
#   remediation: Set AssociatePublicIpAddress (associate_public_ip_address) to false, or move to a launch template without public addresses, and put the instances behind a load balancer.
#   terraform: |
#     resource "aws_launch_configuration" "app" {
#       # ...
#       associate_public_ip_address = false
#     }
#   cloudformation: |
#     AppLaunchConfiguration:
#       Type: AWS::AutoScaling::LaunchConfiguration
#       Properties:
#         # ...
#         AssociatePublicIpAddress: false
#   cis: []
#   fsbp: ["AutoScaling.5"]
package iacvet.rules.autoscaling_launch_configuration_public_ip

import data.iacvet.lib

deny contains lib.finding(r, msg, "AssociatePublicIpAddress") if {
	some r in input.resources
	r.type == "AWS::AutoScaling::LaunchConfiguration"
	lib.is_true(r.properties.AssociatePublicIpAddress)
	msg := sprintf("launch configuration %s gives the instances it launches public IP addresses", [r.address])
}

unknown contains lib.finding(r, msg, "AssociatePublicIpAddress") if {
	some r in input.resources
	r.type == "AWS::AutoScaling::LaunchConfiguration"
	r.has_unknown
	lib.is_unknown(r.properties.AssociatePublicIpAddress)
	msg := sprintf("launch configuration %s: whether it assigns public IP addresses is known only after apply", [r.address])
}
