package iacvet.lib_net_test

import data.iacvet.lib

test_internet_cidr if {
	lib.internet_cidr("0.0.0.0/0")
	lib.internet_cidr("::/0")
	lib.internet_cidr("0::/0")
	lib.internet_cidr(" 0.0.0.0/0 ")
	lib.internet_cidr("10.0.0.0/0")
	not lib.internet_cidr("0.0.0.0/1")
	not lib.internet_cidr("10.0.0.0/8")
	not lib.internet_cidr("pl-0123abcd")
	not lib.internet_cidr({"$unknown": true})
	not lib.internet_cidr("0.0.0.0/00x")
}

test_internet_sets if {
	lib.internet({"0.0.0.0/1", "128.0.0.0/1"})
	lib.internet({"::/1", "8000::/1", "10.0.0.0/8"})
	lib.internet({"0.0.0.0/2", "64.0.0.0/2", "128.0.0.0/1"})
	not lib.internet({"0.0.0.0/1", "128.0.0.0/2"})
	not lib.internet({"0.0.0.0/1", "8000::/1"})
	not lib.internet(set())
	not lib.internet({"sg-0123", {"$unknown": true}})
}

sg(rules) := {"address": "sg", "type": "AWS::EC2::SecurityGroup", "has_unknown": false, "properties": {"SecurityGroupIngress": rules}}

test_protocols if {
	lib.net_protocol({"IpProtocol": -1}) == "all"
	lib.net_protocol({"IpProtocol": "all"}) == "all"
	lib.net_protocol({"IpProtocol": "-1"}) == "all"
	lib.net_protocol({"IpProtocol": 6}) == "tcp"
	lib.net_protocol({"IpProtocol": "17"}) == "udp"
	lib.net_protocol({"IpProtocol": "icmp"}) == "icmp"
}

test_reaches if {
	lib.reaches({"IpProtocol": "tcp", "FromPort": 20, "ToPort": 25}, "tcp", 22)
	lib.reaches({"IpProtocol": "tcp", "FromPort": -1, "ToPort": -1}, "tcp", 22)
	lib.reaches({"IpProtocol": "-1"}, "udp", 53)
	not lib.reaches({"IpProtocol": "udp", "FromPort": 22, "ToPort": 22}, "tcp", 22)
	not lib.reaches({"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1}, "tcp", 22)
	not lib.reaches({"IpProtocol": "tcp", "FromPort": "23", "ToPort": "80"}, "tcp", 22)
}

test_open_ports_union if {
	r := sg([
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"},
		{"IpProtocol": "tcp", "FromPort": 0, "ToPort": 1024, "CidrIp": "0.0.0.0/1"},
		{"IpProtocol": "-1", "CidrIp": "128.0.0.0/1"},
	])
	lib.open_ports(r, {["tcp", 22], ["tcp", 3389], ["udp", 22]}) == {["tcp", 22]}
	lib.culprit(r, {["tcp", 22]}) == [0, "CidrIp"]
	not lib.open_all(r)
}

test_culprit_prefers_internet_range if {
	r := sg([
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"},
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIpv6": "::/0"},
	])
	lib.culprit(r, {["tcp", 22]}) == [1, "CidrIpv6"]
}

test_open_all if {
	lib.open_all(sg([{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}]))
	lib.open_all(sg([{"IpProtocol": "tcp", "FromPort": 0, "ToPort": 65535, "CidrIp": "0.0.0.0/1"}, {"IpProtocol": "-1", "CidrIp": "128.0.0.0/1"}]))
	not lib.open_all(sg([{"IpProtocol": "tcp", "FromPort": 1, "ToPort": 65535, "CidrIp": "0.0.0.0/0"}]))
	not lib.open_all(sg([{"IpProtocol": "-1", "SourceSecurityGroupId": "sg-0123"}]))
}

test_open_ranges if {
	r := sg([
		{"IpProtocol": "tcp", "FromPort": 0, "ToPort": 1000, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 8000, "ToPort": 8080, "CidrIp": "0.0.0.0/1"},
		{"IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8090, "CidrIp": "128.0.0.0/1"},
		{"IpProtocol": "udp", "FromPort": 53, "ToPort": 53, "CidrIpv6": "::/0"},
	])
	lib.open_ranges(r, {["tcp", 80], ["tcp", 443]}) == {["tcp", 0, 79], ["tcp", 81, 442], ["tcp", 444, 1000], ["tcp", 8080, 8080], ["udp", 53, 53]}
	lib.range_list(lib.open_ranges(r, {["tcp", 80], ["tcp", 443]})) == "TCP 0-79, TCP 81-442, TCP 444-1000, TCP 8080, UDP 53"
}

test_open_ranges_web_only if {
	r := sg([
		{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIpv6": "::/0"},
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"},
	])
	lib.open_ranges(r, {["tcp", 80], ["tcp", 443]}) == set()
}

test_port_list if {
	lib.port_list({["udp", 3389], ["tcp", 3389], ["tcp", 22]}) == "TCP 22, TCP 3389, UDP 3389"
}

res(addr, typ, props) := {"address": addr, "type": typ, "properties": props}

network := [
	res("aws_internet_gateway.gw", "AWS::EC2::InternetGateway", {}),
	res("aws_subnet.public", "AWS::EC2::Subnet", {}),
	res("aws_subnet.private", "AWS::EC2::Subnet", {}),
	res("aws_route_table.public", "AWS::EC2::RouteTable", {"Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": {"$ref": "aws_internet_gateway.gw.id"}}]}),
	res("aws_route_table.private", "AWS::EC2::RouteTable", {"Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": "nat-0abc"}]}),
	res("aws_route_table_association.public", "AWS::EC2::SubnetRouteTableAssociation", {"SubnetId": {"$ref": "aws_subnet.public.id"}, "RouteTableId": {"$ref": "aws_route_table.public.id"}}),
	res("aws_route_table_association.private", "AWS::EC2::SubnetRouteTableAssociation", {"SubnetId": {"$ref": "aws_subnet.private.id"}, "RouteTableId": {"$ref": "aws_route_table.private.id"}}),
	res("PeerRoute", "AWS::EC2::Route", {"RouteTableId": "rtb-0123", "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-0abc"}),
	res("Assoc", "AWS::EC2::SubnetRouteTableAssociation", {"SubnetId": "subnet-0aaa", "RouteTableId": "rtb-0123"}),
]

test_public_subnets if {
	lib.public_subnet({"$ref": "aws_subnet.public.id"}) == "aws_subnet.public" with input as {"resources": network}
	lib.public_subnet("subnet-0aaa") == "subnet-0aaa" with input as {"resources": network}
	not lib.public_subnet({"$ref": "aws_subnet.private.id"}) with input as {"resources": network}
	not lib.public_subnet({"$ref": "aws_subnet.other.id"}) with input as {"resources": network}
	lib.public_subnets == {["aws_subnet.public.id", "aws_internet_gateway.gw"], ["aws_subnet.public", "aws_internet_gateway.gw"], ["subnet-0aaa", "igw-0abc"]} with input as {"resources": network}
	lib.subnet_gateway({"$ref": "aws_subnet.public.id"}) == "aws_internet_gateway.gw" with input as {"resources": network}
}

# CloudFormation logical ids have no attribute to cut.
test_public_subnets_cloudformation if {
	inp := {"resources": [
		res("Igw", "AWS::EC2::InternetGateway", {}),
		res("PublicSubnet", "AWS::EC2::Subnet", {}),
		res("PrivateSubnet", "AWS::EC2::Subnet", {}),
		res("PublicRoutes", "AWS::EC2::RouteTable", {}),
		res("DefaultRoute", "AWS::EC2::Route", {"RouteTableId": {"$ref": "PublicRoutes"}, "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": {"$ref": "Igw"}}),
		res("PublicAssoc", "AWS::EC2::SubnetRouteTableAssociation", {"SubnetId": {"$ref": "PublicSubnet"}, "RouteTableId": {"$ref": "PublicRoutes"}}),
	]}
	lib.public_subnet({"$ref": "PublicSubnet"}) == "PublicSubnet" with input as inp
	not lib.public_subnet({"$ref": "PrivateSubnet"}) with input as inp
}
