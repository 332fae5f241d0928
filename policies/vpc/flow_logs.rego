# METADATA
# title: VPC has no flow log
# description: |
#   Without a flow log there is no record of the traffic accepted and rejected in the VPC, which
#   incident response and the tuning of security groups rely on.
# custom:
#   id: AWS-VPC-001
#   severity: medium
#   resource_types: [AWS::EC2::VPC, AWS::EC2::FlowLog]
#   remediation: Create a flow log for the VPC that records at least rejected traffic to CloudWatch Logs or S3.
#   terraform: |
#     resource "aws_flow_log" "main" {
#       vpc_id               = aws_vpc.main.id
#       traffic_type         = "ALL"
#       log_destination_type = "s3"
#       log_destination      = aws_s3_bucket.flow_logs.arn
#     }
#   cloudformation: |
#     FlowLog:
#       Type: AWS::EC2::FlowLog
#       Properties:
#         ResourceId: !Ref Vpc
#         ResourceType: VPC
#         TrafficType: ALL
#         LogDestinationType: s3
#         LogDestination: !GetAtt FlowLogBucket.Arn
#   cis: ["3.7"]
#   fsbp: ["EC2.6"]
package iacvet.rules.vpc_flow_logs

import data.iacvet.lib

# flow_logs are the flow log resources of the input.
flow_logs contains r if {
	some r in input.resources
	r.type == "AWS::EC2::FlowLog"
}

# logged holds the addresses flow logs refer to, built once: a reference is
# the resource's address ("aws_vpc.main", "Vpc") or, from hand-written
# inputs, the address with an attribute ("aws_vpc.main.id").
logged contains addr if {
	some f in flow_logs
	some addr in ref_addresses(f.properties.ResourceId)
}

ref_addresses(v) := {ref, trimmed} if {
	lib.is_unknown(v)
	ref := v["$ref"]
	is_string(ref)
	ref != ""
	parts := split(ref, ".")
	trimmed := concat(".", array.slice(parts, 0, count(parts) - 1))
}

# undecided holds when some flow log's target is known only after apply and
# not traceable to a resource (a variable, a module output): it may be the VPC.
undecided if {
	some f in flow_logs
	v := object.get(f.properties, "ResourceId", null)
	lib.is_unknown(v)
	not traced(v)
}

traced(v) if {
	is_string(v["$ref"])
	v["$ref"] != ""
}

unlogged contains r if {
	some r in input.resources
	r.type == "AWS::EC2::VPC"
	lib.whole(r)
	not r.address in logged
}

deny contains lib.finding(r, msg, []) if {
	not undecided
	some r in unlogged
	msg := sprintf("VPC %s has no flow log", [r.address])
}

unknown contains lib.finding(r, msg, []) if {
	undecided
	some r in unlogged
	msg := sprintf("VPC %s: whether a flow log records its traffic is known only after apply", [r.address])
}
