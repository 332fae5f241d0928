package iacvet.rules.ec2_sg_open_nonweb_test

import data.iacvet.rules.ec2_sg_open_nonweb

group(rules) := {"resources": [{"address": "aws_security_group.web", "type": "AWS::EC2::SecurityGroup", "has_unknown": false, "properties": {"SecurityGroupIngress": rules}}]}

test_fail_one_finding_lists_ranges if {
	findings := ec2_sg_open_nonweb.deny with input as group([
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8081, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "udp", "FromPort": 500, "ToPort": 500, "CidrIpv6": "::/0"},
		{"IpProtocol": "tcp", "FromPort": 9090, "ToPort": 9090, "CidrIp": "0.0.0.0/1"},
		{"IpProtocol": "tcp", "FromPort": 9090, "ToPort": 9090, "CidrIp": "128.0.0.0/1"},
	])
	count(findings) == 1
	some f in findings
	f.path == ["SecurityGroupIngress", 1, "CidrIp"]
	f.msg == "security group aws_security_group.web allows ingress from the internet (0.0.0.0/0, 0.0.0.0/1, 128.0.0.0/1, ::/0) to TCP 8080-8081, TCP 9090, UDP 500: only TCP 80 and 443 should be open to everyone"
}

test_fail_range_around_web_ports if {
	findings := ec2_sg_open_nonweb.deny with input as group([{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 443, "CidrIp": "0.0.0.0/0"}])
	some f in findings
	contains(f.msg, "to TCP 81-442:")
}

test_fail_range_over_ssh_names_the_rest if {
	findings := ec2_sg_open_nonweb.deny with input as group([{"IpProtocol": "tcp", "FromPort": 20, "ToPort": 25, "CidrIp": "0.0.0.0/0"}])
	some f in findings
	contains(f.msg, "to TCP 20-21, TCP 23-25:")
}

test_pass_web_only_and_private if {
	count(ec2_sg_open_nonweb.deny) == 0 with input as group([
		{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "6", "FromPort": "443", "ToPort": "443", "CidrIpv6": "::/0"},
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"},
		{"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": "0.0.0.0/1"},
		{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "CidrIpv6": "::/0"},
		{"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "-1", "SourceSecurityGroupId": "sg-0123456789abcdef0"},
	])
}

test_open_all_left_to_all_ports_rule if {
	count(ec2_sg_open_nonweb.deny) == 0 with input as group([{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}])
}
