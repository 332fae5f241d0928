package iacvet.rules.elb_cross_zone_test

import data.iacvet.rules.elb_cross_zone

cfn_default_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancing::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Listeners": []
   }
  }
 ]
}

test_cfn_default if {
	count(elb_cross_zone.deny) == 1 with input as cfn_default_input
}

terraform_default_input := {
 "resources": [
  {
   "address": "aws_elb.web",
   "type": "AWS::ElasticLoadBalancing::LoadBalancer",
   "name": "aws_elb.web",
   "format": "terraform",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Listeners": []
   },
   "native_type": "aws_elb"
  }
 ]
}

test_terraform_default if {
	count(elb_cross_zone.deny) == 0 with input as terraform_default_input
	count(elb_cross_zone.unknown) == 0 with input as terraform_default_input
}

off_input := {
 "resources": [
  {
   "address": "aws_elb.web",
   "type": "AWS::ElasticLoadBalancing::LoadBalancer",
   "name": "aws_elb.web",
   "format": "terraform",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "CrossZone": false
   },
   "native_type": "aws_elb"
  }
 ]
}

test_off if {
	count(elb_cross_zone.deny) == 1 with input as off_input
}

pass_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancing::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "CrossZone": "true"
   }
  }
 ]
}

test_pass if {
	count(elb_cross_zone.deny) == 0 with input as pass_input
	count(elb_cross_zone.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "LB",
   "type": "AWS::ElasticLoadBalancing::LoadBalancer",
   "name": "LB",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "CrossZone": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(elb_cross_zone.deny) == 0 with input as unknown_input
	count(elb_cross_zone.unknown) == 1 with input as unknown_input
}
