package iacvet.rules.ec2_sg_open_ssh_test

import data.iacvet.rules.ec2_sg_open_ssh

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
      "FromPort": "22",
      "ToPort": "22",
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
      "FromPort": 22,
      "ToPort": 22,
      "CidrIp": "10.0.0.0/16"
     }
    ]
   }
  }
 ]
}

test_fail if {
	count(ec2_sg_open_ssh.deny) > 0 with input as fail_input
}

test_pass if {
	count(ec2_sg_open_ssh.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/SecurityGroupIngress/0/CidrIp", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(ec2_sg_open_ssh.deny) == 0 with input as unknown_input
	count(ec2_sg_open_ssh.unknown) > 0 with input as unknown_input
}

group(rules) := {"resources": [{"address": "sg", "type": "AWS::EC2::SecurityGroup", "has_unknown": false, "properties": {"SecurityGroupIngress": rules}}]}

test_open_all_left_to_all_ports_rule if {
	count(ec2_sg_open_ssh.deny) == 0 with input as group([{"IpProtocol": -1, "CidrIpv6": "::/0"}])
}

test_fail_spaced_and_ipv6_variants if {
	count(ec2_sg_open_ssh.deny) == 1 with input as group([
		{"IpProtocol": "6", "FromPort": 22, "ToPort": 22, "CidrIp": " 0.0.0.0/0"},
		{"IpProtocol": "tcp", "FromPort": 20, "ToPort": 30, "CidrIpv6": "0::/0"},
	])
}

test_pass_udp_22 if {
	count(ec2_sg_open_ssh.deny) == 0 with input as group([{"IpProtocol": "udp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}])
}
