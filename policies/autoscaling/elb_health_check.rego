# METADATA
# title: Auto Scaling group behind a load balancer uses only EC2 health checks
# description: |
#   With the default EC2 health check an Auto Scaling group keeps instances whose application has
#   stopped answering the load balancer, so capacity silently shrinks instead of being replaced.
# custom:
#   id: AWS-ASG-081
#   severity: low
#   resource_types: [AWS::AutoScaling::AutoScalingGroup]
#   remediation: Set the health check type to ELB for groups attached to a load balancer.
#   terraform: |
#     resource "aws_autoscaling_group" "web" {
#       target_group_arns = [aws_lb_target_group.web.arn]
#       health_check_type = "ELB"
#     }
#   cloudformation: |
#     WebGroup:
#       Type: AWS::AutoScaling::AutoScalingGroup
#       Properties:
#         TargetGroupARNs: [!Ref WebTargets]
#         HealthCheckType: ELB
#   cis: []
#   fsbp: ["AutoScaling.1"]
package iacvet.rules.autoscaling_elb_health_check

import data.iacvet.lib

path := ["HealthCheckType"]

attached(r) if {
	some k in ["TargetGroupARNs", "LoadBalancerNames"]
	v := r.properties[k]
	v != null
	v != []
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	attached(r)
	lib.missing(r, path)
	msg := sprintf("%s is attached to a load balancer but uses EC2 health checks only (the default)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	attached(r)
	t := r.properties.HealthCheckType
	is_string(t)
	not load_balancer_check(t)
	msg := sprintf("%s is attached to a load balancer but uses %s health checks only", [r.address, t])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	attached(r)
	lib.is_unknown(r.properties.HealthCheckType)
	msg := sprintf("%s: the health check type is known only after apply", [r.address])
}

# load_balancer_check: the type (a comma-separated list) includes a check by
# the load balancer.
load_balancer_check(t) if {
	some part in split(upper(t), ",")
	trim_space(part) in {"ELB", "VPC_LATTICE"}
}
