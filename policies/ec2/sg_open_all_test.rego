package iacvet.rules.ec2_sg_open_all_test

import data.iacvet.rules.ec2_sg_open_all

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
      "IpProtocol": "-1",
      "FromPort": "0",
      "ToPort": "0",
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
      "IpProtocol": "-1",
      "FromPort": 0,
      "ToPort": 0,
      "CidrIp": "10.0.0.0/16"
     }
    ]
   }
  }
 ]
}

test_fail if {
	count(ec2_sg_open_all.deny) > 0 with input as fail_input
}

test_pass if {
	count(ec2_sg_open_all.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/SecurityGroupIngress/0/CidrIp", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(ec2_sg_open_all.deny) == 0 with input as unknown_input
	count(ec2_sg_open_all.unknown) > 0 with input as unknown_input
}

group(rules) := {"resources": [{"address": "sg", "type": "AWS::EC2::SecurityGroup", "has_unknown": false, "properties": {"SecurityGroupIngress": rules}}]}

test_fail_split_ranges_one_finding if {
	findings := ec2_sg_open_all.deny with input as group([
		{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"},
		{"IpProtocol": "-1", "CidrIp": "0.0.0.0/1"},
		{"IpProtocol": "all", "CidrIp": "128.0.0.0/1"},
	])
	count(findings) == 1
	some f in findings
	f.path == ["SecurityGroupIngress", 1, "CidrIp"]
	f.msg == "security group sg allows all traffic from the internet (0.0.0.0/1, 128.0.0.0/1)"
}

test_one_finding_ipv4_and_ipv6 if {
	count(ec2_sg_open_all.deny) == 1 with input as group([{"IpProtocol": "-1", "CidrIp": "0.0.0.0/0"}, {"IpProtocol": "-1", "CidrIpv6": "::/0"}])
}

test_pass_half if {
	count(ec2_sg_open_all.deny) == 0 with input as group([{"IpProtocol": "-1", "CidrIp": "0.0.0.0/1"}, {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "128.0.0.0/1"}])
}
