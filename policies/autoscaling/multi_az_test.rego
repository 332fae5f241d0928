package iacvet.rules.autoscaling_multi_az_test

import data.iacvet.rules.autoscaling_multi_az

one_subnet_input := {
 "resources": [
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "MinSize": "1",
    "MaxSize": "2",
    "VPCZoneIdentifier": [
     "subnet-0abc"
    ]
   }
  }
 ]
}

test_one_subnet if {
	count(autoscaling_multi_az.deny) == 1 with input as one_subnet_input
}

same_zone_input := {
 "resources": [
  {
   "address": "A",
   "type": "AWS::EC2::Subnet",
   "name": "A",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AvailabilityZone": "us-east-1a",
    "CidrBlock": "10.0.0.0/24"
   }
  },
  {
   "address": "B",
   "type": "AWS::EC2::Subnet",
   "name": "B",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AvailabilityZone": "us-east-1a",
    "CidrBlock": "10.0.0.0/24"
   }
  },
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "VPCZoneIdentifier": [
     {
      "$ref": "A",
      "$unknown": true
     },
     {
      "$ref": "B",
      "$unknown": true
     }
    ]
   }
  }
 ]
}

test_same_zone if {
	count(autoscaling_multi_az.deny) == 1 with input as same_zone_input
}

zones_input := {
 "resources": [
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AvailabilityZones": [
     "us-east-1a",
     "us-east-1b"
    ]
   }
  }
 ]
}

test_zones if {
	count(autoscaling_multi_az.deny) == 0 with input as zones_input
	count(autoscaling_multi_az.unknown) == 0 with input as zones_input
}

pass_input := {
 "resources": [
  {
   "address": "A",
   "type": "AWS::EC2::Subnet",
   "name": "A",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AvailabilityZone": "us-east-1a",
    "CidrBlock": "10.0.0.0/24"
   }
  },
  {
   "address": "B",
   "type": "AWS::EC2::Subnet",
   "name": "B",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AvailabilityZone": "us-east-1b",
    "CidrBlock": "10.0.0.0/24"
   }
  },
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "VPCZoneIdentifier": [
     {
      "$ref": "A",
      "$unknown": true
     },
     {
      "$ref": "B",
      "$unknown": true
     }
    ]
   }
  }
 ]
}

test_pass if {
	count(autoscaling_multi_az.deny) == 0 with input as pass_input
	count(autoscaling_multi_az.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "VPCZoneIdentifier": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(autoscaling_multi_az.deny) == 0 with input as unknown_input
	count(autoscaling_multi_az.unknown) == 1 with input as unknown_input
}
