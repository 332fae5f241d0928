package iacvet.rules.vpc_subnet_public_ip_test

import data.iacvet.rules.vpc_subnet_public_ip

subnet(v) := {"resources": [{
	"address": "PublicSubnet",
	"type": "AWS::EC2::Subnet",
	"partial": false,
	"has_unknown": is_object(v),
	"properties": {"VpcId": {"$unknown": true, "$ref": "Vpc"}, "CidrBlock": "10.0.1.0/24", "MapPublicIpOnLaunch": v},
}]}

test_fail if {
	count(vpc_subnet_public_ip.deny) == 1 with input as subnet(true)
}

test_fail_string if {
	count(vpc_subnet_public_ip.deny) == 1 with input as subnet("true")
}

test_pass if {
	count(vpc_subnet_public_ip.deny) == 0 with input as subnet(false)
	count(vpc_subnet_public_ip.deny) == 0 with input as subnet("false")
}

test_pass_absent if {
	inp := json.patch(subnet(false), [{"op": "remove", "path": "/resources/0/properties/MapPublicIpOnLaunch"}])
	count(vpc_subnet_public_ip.deny) == 0 with input as inp
}

test_unknown if {
	inp := subnet({"$unknown": true, "$ref": "var.public"})
	count(vpc_subnet_public_ip.deny) == 0 with input as inp
	count(vpc_subnet_public_ip.unknown) == 1 with input as inp
}
