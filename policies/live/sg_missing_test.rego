package iacvet.rules.live_sg_missing_test

import data.iacvet.rules.live_fixtures as fx
import data.iacvet.rules.live_sg_missing as rule

test_missing_group if {
	fs := rule.deny with input as {"resources": [
		fx.instance("web", {"SecurityGroupIds": ["sg-closed", "sg-missing", {"$unknown": true}]}),
		{"address": "aws_launch_template.lt", "type": "AWS::EC2::LaunchTemplate", "properties": {"LaunchTemplateData": {"SecurityGroupIds": ["sg-missing"]}}},
		fx.instance("unchecked", {"SecurityGroupIds": ["sg-never-looked-up"]}),
	]}
		with data.aws as fx.aws
	{[f.resource, f.path] | some f in fs} == {["aws_instance.web", ["SecurityGroupIds", 1]], ["aws_launch_template.lt", ["LaunchTemplateData", "SecurityGroupIds", 0]]}
	some f in fs
	f.msg == "security group sg-missing does not exist in region us-east-1"
}
