package iacvet.rules.ec2_imdsv2_test

import data.iacvet.rules.ec2_imdsv2

fail_input := {
 "resources": [
  {
   "address": "Web",
   "type": "AWS::EC2::Instance",
   "name": "Web",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ImageId": "ami-0abcdef1234567890",
    "InstanceType": "t3.micro",
    "MetadataOptions": {
     "HttpTokens": "optional"
    }
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Web",
   "type": "AWS::EC2::Instance",
   "name": "Web",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ImageId": "ami-0abcdef1234567890",
    "InstanceType": "t3.micro",
    "MetadataOptions": {
     "HttpTokens": "required"
    }
   }
  }
 ]
}

test_fail if {
	count(ec2_imdsv2.deny) > 0 with input as fail_input
}

test_pass if {
	count(ec2_imdsv2.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/MetadataOptions/HttpTokens", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(ec2_imdsv2.deny) == 0 with input as unknown_input
	count(ec2_imdsv2.unknown) > 0 with input as unknown_input
}
