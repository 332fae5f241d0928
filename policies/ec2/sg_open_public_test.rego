package iacvet.rules.ec2_sg_open_public_test

import data.iacvet.rules.ec2_sg_open_public

ref(a) := {"$unknown": true, "$ref": a}

sg(addr, cidr) := {
	"address": addr,
	"type": "AWS::EC2::SecurityGroup",
	"partial": false,
	"has_unknown": true,
	"properties": {
		"GroupName": "web",
		"VpcId": ref("aws_vpc.main"),
		"SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": cidr}],
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
