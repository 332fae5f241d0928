package iacvet.rules.live_instance_type_zone_test

import data.iacvet.rules.live_fixtures as fx
import data.iacvet.rules.live_instance_type_zone as rule

test_live_subnet_zone if {
	fs := rule.deny with input as {"resources": [
		fx.instance("gpu", {"InstanceType": "p5.48xlarge", "SubnetId": "subnet-a"}),
		fx.instance("ok", {"InstanceType": "t3.micro", "SubnetId": "subnet-a"}),
		fx.instance("gone", {"InstanceType": "p5.48xlarge", "SubnetId": "subnet-gone"}),
		fx.instance("unknown", {"InstanceType": "p5.48xlarge", "SubnetId": "subnet-not-looked-up"}),
	]}
		with data.aws as fx.aws
	count(fs) == 1
	some f in fs
	f.resource == "aws_instance.gpu"
	f.path == ["SubnetId"]
	f.msg == `instance type "p5.48xlarge" is not offered in availability zone us-east-1a (region us-east-1 offers it in us-east-1b)`
	f.provenance == array.concat(fx.cached, fx.cached)
}

test_subnet_of_the_change if {
	fs := rule.deny with input as {"resources": [
		fx.instance("gpu", {"InstanceType": "p5.48xlarge", "SubnetId": fx.unknown_ref("aws_subnet.a")}),
		fx.instance("gpu_ok", {"InstanceType": "p5.48xlarge", "SubnetId": fx.unknown_ref("aws_subnet.b.id")}),
		{"address": "aws_subnet.a", "type": "AWS::EC2::Subnet", "properties": {"AvailabilityZone": "us-east-1a"}},
		{"address": "aws_subnet.b", "type": "AWS::EC2::Subnet", "properties": {"AvailabilityZone": "us-east-1b"}},
	]}
		with data.aws as fx.aws
	{f.resource | some f in fs} == {"aws_instance.gpu"}
}

# Two templates of one scan may each name a subnet "Subnet": each
# instance's reference is followed within its own input.
test_same_subnet_name_in_two_inputs if {
	fs := rule.deny with input as {"resources": [
		object.union(fx.instance("web", {"InstanceType": "p5.48xlarge", "SubnetId": fx.unknown_ref("Subnet")}), {"input": "a.yaml"}),
		{"address": "Subnet", "input": "a.yaml", "type": "AWS::EC2::Subnet", "properties": {"AvailabilityZone": "us-east-1a"}},
		object.union(fx.instance("web", {"InstanceType": "p5.48xlarge", "SubnetId": fx.unknown_ref("Subnet")}), {"input": "b.yaml"}),
		{"address": "Subnet", "input": "b.yaml", "type": "AWS::EC2::Subnet", "properties": {"AvailabilityZone": "us-east-1b"}},
	]}
		with data.aws as fx.aws
	{[f.resource, f.msg] | some f in fs} == {["aws_instance.web", `instance type "p5.48xlarge" is not offered in availability zone us-east-1a (region us-east-1 offers it in us-east-1b)`]}
	count(fs) == 1
}

test_explicit_zone if {
	fs := rule.deny with input as {"resources": [fx.instance("gpu", {"InstanceType": "p5.48xlarge", "AvailabilityZone": "us-east-1a"})]}
		with data.aws as fx.aws
	{f.path | some f in fs} == {["AvailabilityZone"]}
}

test_zones_not_checked if {
	count(rule.deny) == 0 with input as {"resources": [fx.instance("gpu", {"InstanceType": "p5.48xlarge", "SubnetId": "subnet-a"})]}
		with data.aws as json.remove(fx.aws, ["ec2/offerings/us-east-1/zones"])
}
