# METADATA
# title: Step Functions state machine has no X-Ray tracing
# description: |
#   Without X-Ray tracing, an execution that fails or slows down in one of the services a state machine calls leaves no trace that ties the state to the downstream call, so latency and errors across Lambda, ECS, DynamoDB and other tasks cannot be followed end to end. Tracing is off unless TracingConfiguration enables it.
# custom:
#   id: AWS-SFN-081
#   severity: low
#   resource_types: [AWS::StepFunctions::StateMachine]
#   remediation: Enable X-Ray tracing on the state machine (and give its role xray:PutTraceSegments).
#   terraform: |
#     resource "aws_sfn_state_machine" "orders" {
#       tracing_configuration {
#         enabled = true
#       }
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::StepFunctions::StateMachine
#       Properties:
#         TracingConfiguration:
#           Enabled: true
#   cis: []
#   fsbp: []
package iacvet.rules.stepfunctions_tracing

import data.iacvet.lib

path := ["TracingConfiguration", "Enabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has no X-Ray tracing", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.is_false(lib.at(r.properties, path))
	msg := sprintf("%s has X-Ray tracing disabled", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether X-Ray tracing is enabled is known only after apply", [r.address])
}
