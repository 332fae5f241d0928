# METADATA
# title: Load balancer access logging is not enabled
# description: |
#   Without access logs there is no record of the requests an Application or Classic Load Balancer
#   received (client address, path, response, TLS details) for investigating incidents. Access
#   logging is off by default.
# custom:
#   id: AWS-ELB-005
#   severity: low
#   resource_types: [AWS::ElasticLoadBalancingV2::LoadBalancer, AWS::ElasticLoadBalancing::LoadBalancer]
#   remediation: Enable access logs to an S3 bucket (V2 attribute access_logs.s3.enabled with access_logs.s3.bucket; Classic AccessLoggingPolicy).
#   terraform: |
#     resource "aws_lb" "web" {
#       # ...
#       access_logs {
#         bucket  = aws_s3_bucket.lb_logs.id
#         prefix  = "web"
#         enabled = true
#       }
#     }
#   cloudformation: |
#     LoadBalancer:
#       Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#       Properties:
#         LoadBalancerAttributes:
#           - Key: access_logs.s3.enabled
#             Value: "true"
#           - Key: access_logs.s3.bucket
#             Value: !Ref LogBucket
#   cis: []
#   fsbp: ["ELB.5"]
package iacvet.rules.elb_access_logs

import data.iacvet.lib

v2 := "AWS::ElasticLoadBalancingV2::LoadBalancer"

classic := "AWS::ElasticLoadBalancing::LoadBalancer"

key := "access_logs.s3.enabled"

# Application Load Balancers (the default V2 type); Network and Gateway Load
# Balancers are out of scope, as in Security Hub's ELB.5.
application(r) if {
	t := lib.get(r.properties, "Type", "application")
	is_string(t)
	lower(t) == "application"
}

attributes(r) := r.properties.LoadBalancerAttributes if is_array(r.properties.LoadBalancerAttributes)

attributes(r) := [] if not is_array(r.properties.LoadBalancerAttributes)

settings(r) := {[i, attr.Value] |
	some i, attr in attributes(r)
	is_object(attr)
	attr.Key == key
}

undecided(r) if lib.is_unknown(r.properties.LoadBalancerAttributes)

undecided(r) if {
	some attr in attributes(r)
	lib.is_unknown(attr)
}

undecided(r) if {
	some attr in attributes(r)
	lib.is_unknown(attr.Key)
}

logs_on(r) if {
	some [_, v] in settings(r)
	lib.is_true(v)
}

# Application Load Balancers.

deny contains lib.finding(r, msg, ["LoadBalancerAttributes", i, "Value"]) if {
	some r in input.resources
	r.type == v2
	application(r)
	some [i, v] in settings(r)
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("Application Load Balancer %s does not write access logs (%s is %v)", [r.address, key, v])
}

deny contains lib.finding(r, msg, "LoadBalancerAttributes") if {
	some r in input.resources
	r.type == v2
	lib.whole(r)
	application(r)
	count(settings(r)) == 0
	not undecided(r)
	msg := sprintf("Application Load Balancer %s does not write access logs (%s is not set)", [r.address, key])
}

unknown contains lib.finding(r, msg, "LoadBalancerAttributes") if {
	some r in input.resources
	r.type == v2
	r.has_unknown
	application(r)
	count(settings(r)) == 0
	undecided(r)
	msg := sprintf("%s: whether access logging is enabled is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, ["LoadBalancerAttributes", i, "Value"]) if {
	some r in input.resources
	r.type == v2
	r.has_unknown
	application(r)
	some [i, v] in settings(r)
	lib.is_unknown(v)
	msg := sprintf("%s: whether access logging is enabled is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, "Type") if {
	some r in input.resources
	r.type == v2
	r.has_unknown
	lib.is_unknown(r.properties.Type)
	not logs_on(r)
	msg := sprintf("%s: the load balancer type is known only after apply", [r.address])
}

# Classic Load Balancers. An AccessLoggingPolicy without Enabled counts as
# enabled: CloudFormation requires the key and Terraform's access_logs block
# defaults enabled to true.

policy_path := ["AccessLoggingPolicy", "Enabled"]

deny contains lib.finding(r, msg, "AccessLoggingPolicy") if {
	some r in input.resources
	r.type == classic
	lib.missing(r, ["AccessLoggingPolicy"])
	msg := sprintf("Classic Load Balancer %s does not write access logs (no AccessLoggingPolicy)", [r.address])
}

deny contains lib.finding(r, msg, policy_path) if {
	some r in input.resources
	r.type == classic
	enabled := lib.at(r.properties, policy_path)
	enabled != null
	lib.known(enabled)
	not lib.is_true(enabled)
	msg := sprintf("Classic Load Balancer %s does not write access logs (AccessLoggingPolicy.Enabled is %v)", [r.address, enabled])
}

unknown contains lib.finding(r, msg, policy_path) if {
	some r in input.resources
	r.type == classic
	r.has_unknown
	lib.unknown_at(r.properties, policy_path)
	msg := sprintf("%s: whether access logging is enabled is known only after apply", [r.address])
}
