package iacvet.rules.live_instance_type_region_test

import data.iacvet.rules.live_fixtures as fx
import data.iacvet.rules.live_instance_type_region as rule

test_not_offered_in_region if {
	fs := rule.deny with input as {"resources": [
		fx.instance("rare", {"InstanceType": "u-24tb1.112xlarge"}),
		fx.instance("ok", {"InstanceType": "t3.micro"}),
		object.union(fx.instance("west", {"InstanceType": "m5.large"}), {"region": "eu-west-1"}),
		fx.instance("bogus", {"InstanceType": "t3.mega"}),
	]}
		with data.aws as fx.aws
	{f.resource | some f in fs} == {"aws_instance.rare", "aws_instance.west"}
	some f in fs
	f.resource == "aws_instance.west"
	f.msg == `instance type "m5.large" is not offered in region eu-west-1`
	f.provenance == fx.live
}

test_region_not_checked if {
	count(rule.deny) == 0 with input as {"resources": [object.union(fx.instance("x", {"InstanceType": "m5.large"}), {"region": "ap-south-2"})]}
		with data.aws as fx.aws
}
