package iacvet.rules.ec2_sg_open_database_test

import data.iacvet.rules.ec2_sg_open_database

fail_input := {
 "resources": [
  {
   "address": "WebSG",
   "type": "AWS::EC2::SecurityGroup",
   "name": "WebSG",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "GroupDescription": "web",
    "SecurityGroupIngress": [
     {
      "IpProtocol": "tcp",
      "FromPort": "5432",
      "ToPort": "5432",
      "CidrIp": "0.0.0.0/0"
     }
    ]
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "WebSG",
   "type": "AWS::EC2::SecurityGroup",
   "name": "WebSG",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "GroupDescription": "web",
    "SecurityGroupIngress": [
     {
      "IpProtocol": "tcp",
      "FromPort": 5432,
      "ToPort": 5432,
      "CidrIp": "10.0.0.0/16"
     }
    ]
   }
  }
 ]
}

test_fail if {
	count(ec2_sg_open_database.deny) > 0 with input as fail_input
}

test_pass if {
	count(ec2_sg_open_database.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/SecurityGroupIngress/0/CidrIp", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(ec2_sg_open_database.deny) == 0 with input as unknown_input
	count(ec2_sg_open_database.unknown) > 0 with input as unknown_input
}

group(rules) := {"resources": [{"address": "aws_security_group.db", "type": "AWS::EC2::SecurityGroup", "has_unknown": false, "properties": {"SecurityGroupIngress": rules}}]}

# Several database ports of one group are one finding that lists them.
test_one_finding_lists_ports if {
	findings := ec2_sg_open_database.deny with input as group([
		{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 5432, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 6379, "ToPort": 6379, "CidrIpv6": "::/0"},
	])
	count(findings) == 1
	some f in findings
	f.path == ["SecurityGroupIngress", 0, "CidrIp"]
	f.msg == "security group aws_security_group.db allows database and cache traffic from the internet (0.0.0.0/0, ::/0) to TCP 3306, TCP 5432, TCP 6379"
}

# A group open on every port is the all-ports rule's finding only.
test_open_all_left_to_all_ports_rule if {
	count(ec2_sg_open_database.deny) == 0 with input as group([{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}])
}

# Two halves of the address space are the internet.
test_fail_split_ranges if {
	findings := ec2_sg_open_database.deny with input as group([
		{"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": "0.0.0.0/1"},
		{"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": "128.0.0.0/1"},
	])
	count(findings) == 1
	some f in findings
	contains(f.msg, "(0.0.0.0/1, 128.0.0.0/1) to TCP 5432")
}

# Halves on different ports, UDP to a TCP service, a prefix list: closed.
test_pass_no_union if {
	count(ec2_sg_open_database.deny) == 0 with input as group([
		{"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": "0.0.0.0/1"},
		{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306, "CidrIp": "128.0.0.0/1"},
		{"IpProtocol": "udp", "FromPort": 3306, "ToPort": 3306, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 1433, "ToPort": 1433, "SourcePrefixListId": "pl-0123456789abcdef0"},
	])
}
