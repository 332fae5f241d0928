package iacvet.rules.lambda_multi_az_test

import data.iacvet.rules.lambda_multi_az

fn(subnets) := {
	"address": "Worker", "type": "AWS::Lambda::Function", "name": "Worker", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"Runtime": "python3.12", "VpcConfig": {"SubnetIds": subnets, "SecurityGroupIds": ["sg-1"]}},
}

subnet(name, zone) := {
	"address": name, "type": "AWS::EC2::Subnet", "name": name, "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": {"AvailabilityZone": zone, "CidrBlock": "10.0.0.0/24"},
}

ref(name) := {"$unknown": true, "$ref": name}

test_fail_one_subnet if {
	count(lambda_multi_az.deny) == 1 with input as {"resources": [fn(["subnet-0a1b2c3d4e5f60001"])]}
}

test_fail_same_zone if {
	inp := {"resources": [fn([ref("A"), ref("B")]), subnet("A", "us-east-1a"), subnet("B", "us-east-1a")]}
	count(lambda_multi_az.deny) == 1 with input as inp
}

test_pass_two_zones if {
	inp := {"resources": [fn([ref("A"), ref("B")]), subnet("A", "us-east-1a"), subnet("B", "us-east-1b")]}
	count(lambda_multi_az.deny) == 0 with input as inp
}

test_pass_no_vpc if {
	inp := {"resources": [json.patch(fn([]), [{"op": "remove", "path": "/properties/VpcConfig"}])]}
	count(lambda_multi_az.deny) == 0 with input as inp
}

test_unknown if {
	inp := {"resources": [json.patch(fn([{"$unknown": true, "$ref": ""}]), [{"op": "replace", "path": "/has_unknown", "value": true}])]}
	count(lambda_multi_az.deny) == 0 with input as inp
	count(lambda_multi_az.unknown) == 1 with input as inp
}
