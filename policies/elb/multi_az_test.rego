package iacvet.rules.elb_multi_az_test

import data.iacvet.rules.elb_multi_az

one_subnet_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Type": "network",
    "Subnets": [
     "subnet-0abc"
    ]
   }
  }
 ]
}

test_one_subnet if {
	count(elb_multi_az.deny) == 1 with input as one_subnet_input
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
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Subnets": [
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
	count(elb_multi_az.deny) == 1 with input as same_zone_input
}

mappings_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Type": "network",
    "SubnetMappings": [
     {
      "SubnetId": "subnet-0abc",
      "AllocationId": "eipalloc-1"
     }
    ]
   }
  }
 ]
}

test_mappings if {
	count(elb_multi_az.deny) == 1 with input as mappings_input
}

classic_zones_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancing::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AvailabilityZones": [
     "us-east-1a"
    ]
   }
  }
 ]
}

test_classic_zones if {
	count(elb_multi_az.deny) == 1 with input as classic_zones_input
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
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Subnets": [
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
	count(elb_multi_az.deny) == 0 with input as pass_input
	count(elb_multi_az.unknown) == 0 with input as pass_input
}

outside_subnets_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Subnets": [
     "subnet-0abc",
     "subnet-0def"
    ]
   }
  }
 ]
}

test_outside_subnets if {
	count(elb_multi_az.deny) == 0 with input as outside_subnets_input
	count(elb_multi_az.unknown) == 0 with input as outside_subnets_input
}

unknown_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Subnets": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(elb_multi_az.deny) == 0 with input as unknown_input
	count(elb_multi_az.unknown) == 1 with input as unknown_input
}
