package iacvet.rules.autoscaling_elb_health_check_test

import data.iacvet.rules.autoscaling_elb_health_check

default_input := {
 "resources": [
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "TargetGroupARNs": [
     {
      "$ref": "TG",
      "$unknown": true
     }
    ]
   }
  }
 ]
}

test_default if {
	count(autoscaling_elb_health_check.deny) == 1 with input as default_input
}

ec2_input := {
 "resources": [
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LoadBalancerNames": [
     "web"
    ],
    "HealthCheckType": "EC2"
   }
  }
 ]
}

test_ec2 if {
	count(autoscaling_elb_health_check.deny) == 1 with input as ec2_input
}

no_lb_input := {
 "resources": [
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "MinSize": "1"
   }
  }
 ]
}

test_no_lb if {
	count(autoscaling_elb_health_check.deny) == 0 with input as no_lb_input
	count(autoscaling_elb_health_check.unknown) == 0 with input as no_lb_input
}

pass_input := {
 "resources": [
  {
   "address": "G",
   "type": "AWS::AutoScaling::AutoScalingGroup",
   "name": "G",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "TargetGroupARNs": [
     "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/abc"
    ],
    "HealthCheckType": "EC2,ELB"
   }
  }
 ]
}

test_pass if {
	count(autoscaling_elb_health_check.deny) == 0 with input as pass_input
	count(autoscaling_elb_health_check.unknown) == 0 with input as pass_input
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
    "TargetGroupARNs": [
     "arn:x"
    ],
    "HealthCheckType": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(autoscaling_elb_health_check.deny) == 0 with input as unknown_input
	count(autoscaling_elb_health_check.unknown) == 1 with input as unknown_input
}
