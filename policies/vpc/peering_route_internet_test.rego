package iacvet.rules.vpc_peering_route_internet_test

import data.iacvet.rules.vpc_peering_route_internet

route(props) := {"resources": [{"address": "Route", "type": "AWS::EC2::Route", "properties": props}]}

test_fail if count(vpc_peering_route_internet.deny) == 1 with input as route({"DestinationCidrBlock": "0.0.0.0/0", "VpcPeeringConnectionId": {"$ref": "Peering"}})

test_fail_ipv6_inline if {
	findings := vpc_peering_route_internet.deny with input as {"resources": [{"address": "aws_route_table.app", "type": "AWS::EC2::RouteTable", "properties": {"Routes": [
		{"DestinationCidrBlock": "10.20.0.0/16", "VpcPeeringConnectionId": "pcx-0abc"},
		{"DestinationIpv6CidrBlock": "::/0", "VpcPeeringConnectionId": "pcx-0abc"},
	]}}]}
	count(findings) == 1
	some f in findings
	f.path == ["Routes", 1, "DestinationIpv6CidrBlock"]
}

test_pass_peer_range if count(vpc_peering_route_internet.deny) == 0 with input as route({"DestinationCidrBlock": "10.20.0.0/16", "VpcPeeringConnectionId": "pcx-0abc"})

test_pass_internet_gateway if count(vpc_peering_route_internet.deny) == 0 with input as route({"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-0abc", "VpcPeeringConnectionId": ""})
