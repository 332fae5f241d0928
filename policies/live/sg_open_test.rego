package iacvet.rules.live_sg_open_test

import data.iacvet.rules.live_fixtures as fx
import data.iacvet.rules.live_sg_open as rule

test_open_group if {
	fs := rule.deny with input as {"resources": [
		fx.instance("web", {"SecurityGroupIds": ["sg-closed", "sg-open"]}),
		{"address": "aws_launch_configuration.lc", "type": "AWS::AutoScaling::LaunchConfiguration", "properties": {"SecurityGroups": ["sg-all"]}},
		fx.instance("missing", {"SecurityGroupIds": ["sg-missing"]}),
	]}
		with data.aws as fx.aws
	{[f.resource, f.path] | some f in fs} == {["aws_instance.web", ["SecurityGroupIds", 1]], ["aws_launch_configuration.lc", ["SecurityGroups", 0]]}
	some f in fs
	f.resource == "aws_instance.web"
	f.msg == "security group sg-open (legacy) attached here allows ingress from the internet to port 22, 3306, 3389"
	f.provenance == fx.live
}

test_no_data if {
	count(rule.deny) == 0 with input as {"resources": [fx.instance("web", {"SecurityGroupIds": ["sg-open"]})]}
		with data.aws as {"default_region": "us-east-1"}
}
