package iacvet.rules.live_instance_type_exists_test

import data.iacvet.rules.live_fixtures as fx
import data.iacvet.rules.live_instance_type_exists as rule

test_unknown_type_fires if {
	fs := rule.deny with input as {"resources": [
		fx.instance("bogus", {"InstanceType": "t3.mega"}),
		fx.instance("ok", {"InstanceType": "t3.micro"}),
		{"address": "aws_launch_template.lt", "type": "AWS::EC2::LaunchTemplate", "properties": {"LaunchTemplateData": {"InstanceType": "m9.huge"}}},
		{"address": "aws_autoscaling_group.asg", "type": "AWS::AutoScaling::AutoScalingGroup", "properties": {"MixedInstancesPolicy": {"LaunchTemplate": {"Overrides": [{"InstanceType": "t3.micro"}, {"InstanceType": "c9x.large"}]}}}},
	]}
		with data.aws as fx.aws
	{[f.resource, f.path] | some f in fs} == {
		["aws_instance.bogus", ["InstanceType"]],
		["aws_launch_template.lt", ["LaunchTemplateData", "InstanceType"]],
		["aws_autoscaling_group.asg", ["MixedInstancesPolicy", "LaunchTemplate", "Overrides", 1, "InstanceType"]],
	}
	some f in fs
	f.resource == "aws_instance.bogus"
	f.msg == `instance type "t3.mega" does not exist`
	f.provenance[0].source == "snapshot"
}

test_unknown_value_skipped if {
	count(rule.deny) == 0 with input as {"resources": [fx.instance("later", {"InstanceType": {"$unknown": true}})]}
		with data.aws as fx.aws
}

test_no_data_no_finding if {
	count(rule.deny) == 0 with input as {"resources": [fx.instance("bogus", {"InstanceType": "t3.mega"})]}
		with data.aws as {"default_region": "us-east-1"}
}
