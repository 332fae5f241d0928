# METADATA
# title: Step Functions state machine does not log executions
# description: |
#   With logging OFF (the default) a state machine leaves no record of its executions' failures and
#   inputs in CloudWatch Logs, which incident response and debugging rely on.
# custom:
#   id: AWS-SFN-080
#   severity: low
#   resource_types: [AWS::StepFunctions::StateMachine]
#   remediation: Set the logging level to ERROR or ALL and a CloudWatch Logs destination.
#   terraform: |
#     resource "aws_sfn_state_machine" "orders" {
#       logging_configuration {
#         level                  = "ERROR"
#         include_execution_data = false
#         log_destination        = "${aws_cloudwatch_log_group.orders.arn}:*"
#       }
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::StepFunctions::StateMachine
#       Properties:
#         LoggingConfiguration:
#           Level: ERROR
#           Destinations:
#             - CloudWatchLogsLogGroup:
#                 LogGroupArn: !GetAtt OrdersLogs.Arn
#   cis: []
#   fsbp: ["StepFunctions.1"]
package iacvet.rules.stepfunctions_logging

import data.iacvet.lib

path := ["LoggingConfiguration", "Level"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not log its executions (level OFF by default)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	upper(v) == "OFF"
	msg := sprintf("%s does not log its executions (level OFF)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it logs its executions is known only after apply", [r.address])
}
