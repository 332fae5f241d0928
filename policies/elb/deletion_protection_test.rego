package iacvet.rules.elb_deletion_protection_test

import data.iacvet.rules.elb_deletion_protection

default_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Type": "network"
   }
  }
 ]
}

test_default if {
	count(elb_deletion_protection.deny) == 1 with input as default_input
}

off_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LoadBalancerAttributes": [
     {
      "Key": "deletion_protection.enabled",
      "Value": "false"
     }
    ]
   }
  }
 ]
}

test_off if {
	count(elb_deletion_protection.deny) == 1 with input as off_input
}

pass_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LoadBalancerAttributes": [
     {
      "Key": "idle_timeout.timeout_seconds",
      "Value": "60"
     },
     {
      "Key": "deletion_protection.enabled",
      "Value": "true"
     }
    ]
   }
  }
 ]
}

test_pass if {
	count(elb_deletion_protection.deny) == 0 with input as pass_input
	count(elb_deletion_protection.unknown) == 0 with input as pass_input
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
    "LoadBalancerAttributes": [
     {
      "Key": "deletion_protection.enabled",
      "Value": {
       "$unknown": true
      }
     }
    ]
   }
  }
 ]
}

test_unknown if {
	count(elb_deletion_protection.deny) == 0 with input as unknown_input
	count(elb_deletion_protection.unknown) == 1 with input as unknown_input
}
