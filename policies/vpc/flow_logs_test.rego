package iacvet.rules.vpc_flow_logs_test

import data.iacvet.rules.vpc_flow_logs

vpc(addr) := {
	"address": addr,
	"type": "AWS::EC2::VPC",
	"partial": false,
	"has_unknown": false,
	"properties": {"CidrBlock": "10.0.0.0/16"},
}

flow_log(addr, target) := {
	"address": addr,
	"type": "AWS::EC2::FlowLog",
	"partial": false,
	"has_unknown": true,
	"properties": {"ResourceId": target, "TrafficType": "ALL", "LogDestinationType": "s3"},
}

# Terraform: aws_flow_log.vpc_id = aws_vpc.main.id
test_pass_terraform_reference if {
	inp := {"resources": [vpc("aws_vpc.main"), flow_log("aws_flow_log.main", {"$unknown": true, "$ref": "aws_vpc.main"})]}
	count(vpc_flow_logs.deny) == 0 with input as inp
	count(vpc_flow_logs.unknown) == 0 with input as inp
}

# A reference written with its attribute counts too.
test_pass_reference_with_attribute if {
	inp := {"resources": [vpc("aws_vpc.main"), flow_log("aws_flow_log.main", {"$unknown": true, "$ref": "aws_vpc.main.id"})]}
	count(vpc_flow_logs.deny) == 0 with input as inp
}

# CloudFormation: ResourceId: !Ref Vpc
test_pass_cloudformation_ref if {
	inp := {"resources": [vpc("Vpc"), flow_log("FlowLog", {"$unknown": true, "$ref": "Vpc"})]}
	count(vpc_flow_logs.deny) == 0 with input as inp
}

test_fail_no_flow_log if {
	inp := {"resources": [vpc("Vpc")]}
	count(vpc_flow_logs.deny) == 1 with input as inp
}

# A flow log of another VPC leaves this one unlogged.
test_fail_other_vpc if {
	inp := {"resources": [
		vpc("aws_vpc.main"),
		vpc("aws_vpc.other"),
		flow_log("aws_flow_log.other", {"$unknown": true, "$ref": "aws_vpc.other"}),
		flow_log("aws_flow_log.existing", "vpc-0a1b2c3d4e5f60789"),
	]}
	findings := vpc_flow_logs.deny with input as inp
	count(findings) == 1
	some f in findings
	f.resource == "aws_vpc.main"
}

# A flow log whose target cannot be traced (a module output, a variable
# known after apply) may cover the VPC: unknown, not fail.
test_unknown_untraced_target if {
	inp := {"resources": [vpc("aws_vpc.main"), flow_log("aws_flow_log.main", {"$unknown": true})]}
	count(vpc_flow_logs.deny) == 0 with input as inp
	count(vpc_flow_logs.unknown) == 1 with input as inp
}

# Partial views of a VPC outside the change are not judged.
test_partial_skipped if {
	inp := {"resources": [json.patch(vpc("aws_vpc.main"), [{"op": "replace", "path": "/partial", "value": true}])]}
	count(vpc_flow_logs.deny) == 0 with input as inp
}
