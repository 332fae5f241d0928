package iacvet.rules.vpc_default_sg_test

import data.iacvet.rules.vpc_default_sg

# aws_default_security_group, as the mapping builds it.
tf_default(ingress, egress) := {
	"address": "aws_default_security_group.default",
	"type": "AWS::EC2::SecurityGroup",
	"partial": false,
	"has_unknown": true,
	"properties": {
		"GroupName": "default",
		"VpcId": {"$unknown": true, "$ref": "aws_vpc.main"},
		"SecurityGroupIngress": ingress,
		"SecurityGroupEgress": egress,
	},
}

vpc(addr) := {"address": addr, "type": "AWS::EC2::VPC", "partial": false, "has_unknown": false, "properties": {"CidrBlock": "10.0.0.0/16"}}

test_fail_self_rule if {
	inp := {"resources": [tf_default([{"IpProtocol": "-1", "FromPort": 0, "ToPort": 0, "SourceSecurityGroupId": true}], [])]}
	count(vpc_default_sg.deny) == 1 with input as inp
}

test_fail_egress if {
	inp := {"resources": [tf_default([], [{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}])]}
	count(vpc_default_sg.deny) == 1 with input as inp
}

test_pass_no_rules if {
	inp := {"resources": [tf_default([], [])]}
	count(vpc_default_sg.deny) == 0 with input as inp
}

# A plan's `self = false` leaves an item that names no peer: not a rule.
test_pass_self_false_placeholder if {
	inp := {"resources": [tf_default([], [{"IpProtocol": "-1", "DestinationSecurityGroupId": false}])]}
	count(vpc_default_sg.deny) == 0 with input as inp
}

# CloudFormation: AWS::EC2::SecurityGroupIngress on !GetAtt Vpc.DefaultSecurityGroup
# (a partial security group whose GroupId refers to the VPC).
cfn_rule := {
	"address": "DefaultIngress",
	"type": "AWS::EC2::SecurityGroup",
	"partial": true,
	"has_unknown": true,
	"properties": {
		"GroupId": {"$unknown": true, "$ref": "Vpc"},
		"SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"}],
	},
}

test_fail_cloudformation_default_group_attribute if {
	inp := {"resources": [vpc("Vpc"), cfn_rule]}
	count(vpc_default_sg.deny) == 1 with input as inp
}

# Terraform: aws_vpc_security_group_ingress_rule on aws_vpc.main.default_security_group_id.
test_fail_terraform_rule_on_default_group_id if {
	r := json.patch(cfn_rule, [
		{"op": "replace", "path": "/address", "value": "aws_vpc_security_group_ingress_rule.ssh"},
		{"op": "replace", "path": "/properties/GroupId/$ref", "value": "aws_vpc.main"},
	])
	inp := {"resources": [vpc("aws_vpc.main"), r]}
	count(vpc_default_sg.deny) == 1 with input as inp
}

# A rule on an ordinary group is not a rule on the default group.
test_pass_ordinary_group if {
	r := json.patch(cfn_rule, [{"op": "replace", "path": "/properties/GroupId/$ref", "value": "AppSecurityGroup"}])
	inp := {"resources": [vpc("Vpc"), r]}
	count(vpc_default_sg.deny) == 0 with input as inp
}

test_unknown_rules if {
	inp := {"resources": [tf_default({"$unknown": true}, [])]}
	count(vpc_default_sg.deny) == 0 with input as inp
	count(vpc_default_sg.unknown) == 1 with input as inp
}
