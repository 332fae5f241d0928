package iacvet.rules.ec2_sg_open_rdp_test

import data.iacvet.rules.ec2_sg_open_rdp

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
      "FromPort": "3389",
      "ToPort": "3389",
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
      "FromPort": 3389,
      "ToPort": 3389,
      "CidrIp": "10.0.0.0/16"
     }
    ]
   }
  }
 ]
}

test_fail if {
	count(ec2_sg_open_rdp.deny) > 0 with input as fail_input
}

test_pass if {
	count(ec2_sg_open_rdp.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/SecurityGroupIngress/0/CidrIp", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(ec2_sg_open_rdp.deny) == 0 with input as unknown_input
	count(ec2_sg_open_rdp.unknown) > 0 with input as unknown_input
}
