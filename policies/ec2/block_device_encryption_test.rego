package iacvet.rules.ec2_block_device_encryption_test

import data.iacvet.rules.ec2_block_device_encryption

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
    "BlockDeviceMappings": [
     {
      "DeviceName": "/dev/xvda",
      "Ebs": {
       "VolumeSize": 20,
       "Encrypted": "false"
      }
     }
    ]
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
    "BlockDeviceMappings": [
     {
      "DeviceName": "/dev/xvda",
      "Ebs": {
       "VolumeSize": 20,
       "Encrypted": true
      }
     }
    ]
   }
  }
 ]
}

test_fail if {
	count(ec2_block_device_encryption.deny) > 0 with input as fail_input
}

test_pass if {
	count(ec2_block_device_encryption.deny) == 0 with input as pass_input
}
