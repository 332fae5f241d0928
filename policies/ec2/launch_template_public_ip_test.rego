package iacvet.rules.ec2_launch_template_public_ip_test

import data.iacvet.rules.ec2_launch_template_public_ip

lt(nis) := {"resources": [{"address": "Lt", "type": "AWS::EC2::LaunchTemplate", "has_unknown": true, "properties": {"LaunchTemplateData": {"NetworkInterfaces": nis}}}]}

test_fail if {
	findings := ec2_launch_template_public_ip.deny with input as lt([{"DeviceIndex": 0}, {"DeviceIndex": 1, "AssociatePublicIpAddress": "true"}])
	count(findings) == 1
	some f in findings
	f.path == ["LaunchTemplateData", "NetworkInterfaces", 1, "AssociatePublicIpAddress"]
}

test_pass if count(ec2_launch_template_public_ip.deny) == 0 with input as lt([{"DeviceIndex": 0, "AssociatePublicIpAddress": false}, {"DeviceIndex": 1}])

test_pass_no_interfaces if count(ec2_launch_template_public_ip.deny) == 0 with input as {"resources": [{"address": "Lt", "type": "AWS::EC2::LaunchTemplate", "properties": {"LaunchTemplateData": {"ImageId": "ami-0abc"}}}]}

test_unknown if count(ec2_launch_template_public_ip.unknown) == 1 with input as lt([{"AssociatePublicIpAddress": {"$unknown": true}}])
