package iacvet.rules.ec2_sg_open_public_test

import data.iacvet.rules.ec2_sg_open_public

ref(a) := {"$unknown": true, "$ref": a}

# sg is a group with one rule opening SSH (TCP 22) to cidr.
sg(addr, cidr) := sg_rules(addr, [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": cidr}])

sg_rules(addr, rules) := {
	"address": addr,
	"type": "AWS::EC2::SecurityGroup",
	"partial": false,
	"has_unknown": true,
	"properties": {
		"GroupName": "web",
		"VpcId": ref("aws_vpc.main"),
		"SecurityGroupIngress": rules,
	},
}

subnet(addr, public) := {
	"address": addr,
	"type": "AWS::EC2::Subnet",
	"partial": false,
	"has_unknown": true,
	"properties": {"VpcId": ref("aws_vpc.main"), "MapPublicIpOnLaunch": public},
}

instance(addr, props) := {
	"address": addr,
	"type": "AWS::EC2::Instance",
	"partial": false,
	"has_unknown": true,
	"properties": object.union({"ImageId": "ami-0c02fb55956c7d316", "InstanceType": "t3.micro"}, props),
}

lb(addr, type, props) := {
	"address": addr,
	"type": type,
	"partial": false,
	"has_unknown": true,
	"properties": props,
}

# Terraform: associate_public_ip_address = true, vpc_security_group_ids as
# one unknown set (plans) ...
test_fail_public_ip_plan if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		instance("aws_instance.web", {"AssociatePublicIpAddress": true, "SecurityGroupIds": ref("aws_security_group.web")}),
	]}
	findings := ec2_sg_open_public.deny with input as inp
	count(findings) == 1
	some f in findings
	f.resource == "aws_security_group.web"
	f.path == ["SecurityGroupIngress", 0, "CidrIp"]
	contains(f.msg, "aws_instance.web")
	contains(f.msg, "allows TCP 22 from 0.0.0.0/0 and protects")
}

# ... or a list of references (sources).
test_fail_public_subnet_source if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.public", true),
		instance("aws_instance.web", {"SubnetId": ref("aws_subnet.public"), "SecurityGroupIds": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 1 with input as inp
}

# An explicit false overrides the subnet's setting.
test_pass_public_subnet_opted_out if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.public", true),
		instance("aws_instance.web", {"SubnetId": ref("aws_subnet.public"), "AssociatePublicIpAddress": false, "SecurityGroupIds": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
}

# CloudFormation: NetworkInterfaces[].AssociatePublicIpAddress and GroupSet.
test_fail_cloudformation_network_interface if {
	inp := {"resources": [
		sg("WebSecurityGroup", "::/0"),
		instance("Web", {"NetworkInterfaces": [{"DeviceIndex": "0", "AssociatePublicIpAddress": "true", "GroupSet": [ref("WebSecurityGroup")]}]}),
	]}
	count(ec2_sg_open_public.deny) == 1 with input as inp
}

test_fail_internet_facing_alb if {
	inp := {"resources": [
		sg("WebSecurityGroup", "0.0.0.0/0"),
		lb("Alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", {"Scheme": "internet-facing", "SecurityGroups": [ref("WebSecurityGroup")]}),
	]}
	count(ec2_sg_open_public.deny) == 1 with input as inp
}

# A classic load balancer without a Scheme is internet-facing.
test_fail_classic_elb_default_scheme if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		lb("aws_elb.web", "AWS::ElasticLoadBalancing::LoadBalancer", {"SecurityGroups": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 1 with input as inp
}

# Several exposures of one group: one finding per open rule, naming one and counting the rest.
test_fail_many_attachments if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		instance("aws_instance.a", {"AssociatePublicIpAddress": true, "SecurityGroupIds": [ref("aws_security_group.web")]}),
		instance("aws_instance.b", {"AssociatePublicIpAddress": true, "SecurityGroupIds": [ref("aws_security_group.web")]}),
		lb("aws_lb.web", "AWS::ElasticLoadBalancingV2::LoadBalancer", {"Scheme": "internet-facing", "SecurityGroups": [ref("aws_security_group.web")]}),
	]}
	findings := ec2_sg_open_public.deny with input as inp
	count(findings) == 1
	some f in findings
	contains(f.msg, "and 2 more")
}

test_pass_internal_lb if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		lb("aws_lb.web", "AWS::ElasticLoadBalancingV2::LoadBalancer", {"Scheme": "internal", "SecurityGroups": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
}

test_pass_private_instance if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.private", false),
		instance("aws_instance.web", {"SubnetId": ref("aws_subnet.private"), "SecurityGroupIds": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
}

# A public instance behind a group that is not open to the internet.
test_pass_restricted_group if {
	inp := {"resources": [
		sg("aws_security_group.web", "10.0.0.0/8"),
		instance("aws_instance.web", {"AssociatePublicIpAddress": true, "SecurityGroupIds": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
}

# An open group attached to a public instance of another group only.
test_pass_other_group if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		instance("aws_instance.web", {"AssociatePublicIpAddress": true, "SecurityGroupIds": [ref("aws_security_group.other")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
}

test_unknown_public_ip if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		instance("aws_instance.web", {"AssociatePublicIpAddress": ref("var.public"), "SecurityGroupIds": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
	count(ec2_sg_open_public.unknown) == 1 with input as inp
}

test_unknown_subnet if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.app", ref("var.public")),
		instance("aws_instance.web", {"SubnetId": ref("aws_subnet.app"), "SecurityGroupIds": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
	count(ec2_sg_open_public.unknown) == 1 with input as inp
}

test_unknown_source_range if {
	inp := {"resources": [
		sg("aws_security_group.web", ref("var.cidr")),
		instance("aws_instance.web", {"AssociatePublicIpAddress": true, "SecurityGroupIds": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
	count(ec2_sg_open_public.unknown) == 1 with input as inp
}

# Groups named in SecurityGroups (default VPC, EC2-Classic style).
test_fail_group_name if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		instance("aws_instance.web", {"AssociatePublicIpAddress": true, "SecurityGroups": ["web"]}),
	]}
	count(ec2_sg_open_public.deny) == 1 with input as inp
}

# --- ports -----------------------------------------------------------------

# public_with is a public instance behind a group with one rule open to the
# internet.
public_with(rule) := {"resources": [
	sg_rules("aws_security_group.web", [object.union(rule, {"CidrIp": "0.0.0.0/0"})]),
	instance("aws_instance.web", {"AssociatePublicIpAddress": true, "SecurityGroupIds": [ref("aws_security_group.web")]}),
]}

# passes holds when the rule is exempt: web ports only, or no ports at all.
passes(rule) if {
	count(ec2_sg_open_public.deny) == 0 with input as public_with(rule)
	count(ec2_sg_open_public.unknown) == 0 with input as public_with(rule)
}

# fails holds when the rule yields one finding whose message contains want.
fails(rule, want) if {
	findings := ec2_sg_open_public.deny with input as public_with(rule)
	count(findings) == 1
	some f in findings
	contains(f.msg, want)
}

test_pass_https if passes({"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443})

test_pass_http if passes({"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80})

# CloudFormation spells protocols and ports as numbers or strings.
test_pass_https_protocol_number if passes({"IpProtocol": 6, "FromPort": "443", "ToPort": "443"})

test_pass_icmp if passes({"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1})

test_pass_icmpv6 if passes({"IpProtocol": "58", "FromPort": -1, "ToPort": -1})

test_fail_ssh if fails({"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22}, "security group aws_security_group.web allows TCP 22 from 0.0.0.0/0 and protects instance aws_instance.web (a public IP address)")

test_fail_8080 if fails({"IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8080}, "allows TCP 8080 from 0.0.0.0/0")

test_fail_every_port if fails({"IpProtocol": "tcp", "FromPort": 0, "ToPort": 65535}, "allows TCP 0-65535 from 0.0.0.0/0")

# -1 ports with TCP mean every port.
test_fail_tcp_without_ports if fails({"IpProtocol": "tcp", "FromPort": -1, "ToPort": -1}, "allows TCP 0-65535 from")

# A range from one web port to the other takes in every port between.
test_fail_web_range if fails({"IpProtocol": "tcp", "FromPort": 80, "ToPort": 443}, "allows TCP 80-443 from")

test_fail_all_protocols if fails({"IpProtocol": "-1", "FromPort": 0, "ToPort": 0}, "allows all traffic from 0.0.0.0/0")

test_fail_all_protocols_number if fails({"IpProtocol": -1}, "allows all traffic from")

# The exemption is for TCP: UDP 443 (QUIC) is reported like any UDP port.
test_fail_udp if fails({"IpProtocol": "udp", "FromPort": 443, "ToPort": 443}, "allows UDP 443 from")

test_fail_udp_protocol_number if fails({"IpProtocol": "17", "FromPort": 53, "ToPort": 53}, "allows UDP 53 from")

# Only the non-web rules of a group are reported.
test_fail_mixed_rules if {
	inp := {"resources": [
		sg_rules("aws_security_group.web", [
			{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
			{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIpv6": "::/0"},
			{"IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "CidrIpv6": "::/0"},
		]),
		lb("aws_lb.web", "AWS::ElasticLoadBalancingV2::LoadBalancer", {"Scheme": "internet-facing", "SecurityGroups": [ref("aws_security_group.web")]}),
	]}
	findings := ec2_sg_open_public.deny with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["SecurityGroupIngress", 2, "CidrIpv6"]
	f.msg == "security group aws_security_group.web allows TCP 3389 from ::/0 and protects internet-facing load balancer aws_lb.web"
}

# An unknown source range matters only for non-web ports.
test_pass_unknown_source_range_web_port if {
	inp := {"resources": [
		sg_rules("aws_security_group.web", [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": ref("var.cidr")}]),
		instance("aws_instance.web", {"AssociatePublicIpAddress": true, "SecurityGroupIds": [ref("aws_security_group.web")]}),
	]}
	count(ec2_sg_open_public.unknown) == 0 with input as inp
}

# Ports known only after apply: the rule may open anything.
test_unknown_ports if {
	inp := public_with({"IpProtocol": "tcp", "FromPort": ref("var.port"), "ToPort": ref("var.port")})
	count(ec2_sg_open_public.deny) == 0 with input as inp
	findings := ec2_sg_open_public.unknown with input as inp
	count(findings) == 1
	some f in findings
	contains(f.msg, "ports of the rule are known only after apply")
}

test_unknown_protocol if {
	inp := public_with({"IpProtocol": ref("var.protocol"), "FromPort": 443, "ToPort": 443})
	count(ec2_sg_open_public.deny) == 0 with input as inp
	count(ec2_sg_open_public.unknown) == 1 with input as inp
}

# --- auto scaling groups ---------------------------------------------------

res(addr, type, props) := {
	"address": addr,
	"type": type,
	"partial": false,
	"has_unknown": true,
	"properties": props,
}

launch_template(addr, settings) := res(addr, "AWS::EC2::LaunchTemplate", {"LaunchTemplateData": object.union({"ImageId": "ami-0c02fb55956c7d316", "InstanceType": "t3.micro"}, settings)})

launch_configuration(addr, props) := res(addr, "AWS::AutoScaling::LaunchConfiguration", object.union({"ImageId": "ami-0c02fb55956c7d316", "InstanceType": "t3.micro"}, props))

asg(addr, props) := res(addr, "AWS::AutoScaling::AutoScalingGroup", object.union({"MinSize": 1, "MaxSize": 2}, props))

# Terraform: a launch template whose network interface asks for a public IP
# address, used by a group in private subnets (the template's setting wins).
test_fail_asg_launch_template_public_ip if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.private", false),
		launch_template("aws_launch_template.web", {"NetworkInterfaces": [{"AssociatePublicIpAddress": "true", "Groups": [ref("aws_security_group.web")]}]}),
		asg("aws_autoscaling_group.web", {
			"LaunchTemplate": {"LaunchTemplateId": ref("aws_launch_template.web"), "Version": "$Latest"},
			"VPCZoneIdentifier": [ref("aws_subnet.private")],
		}),
	]}
	findings := ec2_sg_open_public.deny with input as inp
	count(findings) == 1
	some f in findings
	f.resource == "aws_security_group.web"
	f.path == ["SecurityGroupIngress", 0, "CidrIp"]
	f.msg == "security group aws_security_group.web allows TCP 22 from 0.0.0.0/0 and protects auto scaling group aws_autoscaling_group.web (public IP addresses from launch template aws_launch_template.web)"
	count(ec2_sg_open_public.unknown) == 0 with input as inp
}

# CloudFormation: the template named by the mixed instances policy
# (!GetAtt Template.LatestVersionNumber style references keep the logical
# id), its groups in SecurityGroupIds, the group's subnets public.
test_fail_asg_mixed_instances_public_subnet if {
	inp := {"resources": [
		sg("WebSecurityGroup", "0.0.0.0/0"),
		subnet("PublicSubnet", true),
		launch_template("WebLaunchTemplate", {"SecurityGroupIds": [ref("WebSecurityGroup")]}),
		asg("WebGroup", {
			"MixedInstancesPolicy": {"LaunchTemplate": {"LaunchTemplateSpecification": {"LaunchTemplateId": ref("WebLaunchTemplate"), "Version": ref("WebLaunchTemplate")}}},
			"VPCZoneIdentifier": [ref("PublicSubnet")],
		}),
	]}
	findings := ec2_sg_open_public.deny with input as inp
	count(findings) == 1
	some f in findings
	contains(f.msg, "protects auto scaling group WebGroup (public IP addresses from subnet PublicSubnet)")
}

# A template referenced by its literal name, groups by name.
test_fail_asg_launch_template_by_name if {
	inp := {"resources": [
		sg("WebSecurityGroup", "0.0.0.0/0"),
		res("WebLaunchTemplate", "AWS::EC2::LaunchTemplate", {
			"LaunchTemplateName": "web-lt",
			"LaunchTemplateData": {"SecurityGroups": ["web"], "NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": true}]},
		}),
		asg("WebGroup", {"LaunchTemplate": {"LaunchTemplateName": "web-lt", "Version": "1"}}),
	]}
	count(ec2_sg_open_public.deny) == 1 with input as inp
}

# No public IP address from the template, private subnets.
test_pass_asg_private_subnets if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.private_a", false),
		subnet("aws_subnet.private_b", false),
		launch_template("aws_launch_template.web", {"SecurityGroupIds": [ref("aws_security_group.web")]}),
		asg("aws_autoscaling_group.web", {
			"LaunchTemplate": {"LaunchTemplateId": ref("aws_launch_template.web"), "Version": "$Latest"},
			"VPCZoneIdentifier": [ref("aws_subnet.private_a"), ref("aws_subnet.private_b")],
		}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
	count(ec2_sg_open_public.unknown) == 0 with input as inp
}

# The template's explicit false overrides public subnets.
test_pass_asg_launch_template_opted_out if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.public", true),
		launch_template("aws_launch_template.web", {"NetworkInterfaces": [{"AssociatePublicIpAddress": "false", "Groups": [ref("aws_security_group.web")]}]}),
		asg("aws_autoscaling_group.web", {
			"LaunchTemplate": {"LaunchTemplateId": ref("aws_launch_template.web")},
			"VPCZoneIdentifier": [ref("aws_subnet.public")],
		}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
	count(ec2_sg_open_public.unknown) == 0 with input as inp
}

# A public template that no group uses launches nothing.
test_pass_launch_template_unused if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		launch_template("aws_launch_template.web", {"NetworkInterfaces": [{"AssociatePublicIpAddress": "true", "Groups": [ref("aws_security_group.web")]}]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
}

# A public group of another security group.
test_pass_asg_other_group if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		launch_template("aws_launch_template.web", {"NetworkInterfaces": [{"AssociatePublicIpAddress": "true", "Groups": [ref("aws_security_group.other")]}]}),
		asg("aws_autoscaling_group.web", {"LaunchTemplate": {"LaunchTemplateId": ref("aws_launch_template.web")}}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
}

test_fail_asg_launch_configuration if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		launch_configuration("aws_launch_configuration.web", {"AssociatePublicIpAddress": true, "SecurityGroups": [ref("aws_security_group.web")]}),
		asg("aws_autoscaling_group.web", {"LaunchConfigurationName": ref("aws_launch_configuration.web")}),
	]}
	findings := ec2_sg_open_public.deny with input as inp
	count(findings) == 1
	some f in findings
	contains(f.msg, "protects auto scaling group aws_autoscaling_group.web (public IP addresses from launch configuration aws_launch_configuration.web)")
}

test_pass_asg_launch_configuration_private if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.public", true),
		launch_configuration("aws_launch_configuration.web", {"AssociatePublicIpAddress": false, "SecurityGroups": [ref("aws_security_group.web")]}),
		asg("aws_autoscaling_group.web", {"LaunchConfigurationName": ref("aws_launch_configuration.web"), "VPCZoneIdentifier": [ref("aws_subnet.public")]}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
}

# Whether the template asks for a public IP address is known only after apply.
test_unknown_asg_public_ip if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		launch_template("aws_launch_template.web", {"NetworkInterfaces": [{"AssociatePublicIpAddress": ref("var.public"), "Groups": [ref("aws_security_group.web")]}]}),
		asg("aws_autoscaling_group.web", {"LaunchTemplate": {"LaunchTemplateId": ref("aws_launch_template.web")}}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
	findings := ec2_sg_open_public.unknown with input as inp
	count(findings) == 1
	some f in findings
	contains(f.msg, "known only after apply")
}

# So is whether the group's subnet assigns one.
test_unknown_asg_subnet if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		subnet("aws_subnet.app", ref("var.public")),
		launch_configuration("aws_launch_configuration.web", {"SecurityGroups": ref("aws_security_group.web")}),
		asg("aws_autoscaling_group.web", {"LaunchConfigurationName": ref("aws_launch_configuration.web"), "VPCZoneIdentifier": ref("aws_subnet.app")}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
	count(ec2_sg_open_public.unknown) == 1 with input as inp
}

# A template the group names by an unknown without a reference (a variable,
# a data source) is not followed: nothing is reported.
test_pass_asg_unresolved_template if {
	inp := {"resources": [
		sg("aws_security_group.web", "0.0.0.0/0"),
		launch_template("aws_launch_template.web", {"NetworkInterfaces": [{"AssociatePublicIpAddress": "true", "Groups": [ref("aws_security_group.web")]}]}),
		asg("aws_autoscaling_group.web", {"LaunchTemplate": {"LaunchTemplateId": {"$unknown": true}}}),
	]}
	count(ec2_sg_open_public.deny) == 0 with input as inp
	count(ec2_sg_open_public.unknown) == 0 with input as inp
}
