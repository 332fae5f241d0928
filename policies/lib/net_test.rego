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
