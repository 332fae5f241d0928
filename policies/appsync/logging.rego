# METADATA
# title: AppSync GraphQL API has no field-level logging
# description: |
#   Without field-level logs (FieldLogLevel ERROR or ALL), resolver errors, the requests that caused them and the callers behind them are not written to CloudWatch Logs, so failed or abusive queries cannot be investigated. An API logs nothing unless LogConfig sets a field log level other than NONE.
# custom:
#   id: AWS-APPSYNC-080
#   severity: medium
#   resource_types: [AWS::AppSync::GraphQLApi]
#   remediation: Set the API's field log level to ERROR or ALL with a role that can write to CloudWatch Logs.
#   terraform: |
#     resource "aws_appsync_graphql_api" "orders" {
#       log_config {
#         cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
#         field_log_level          = "ERROR"
#       }
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::AppSync::GraphQLApi
#       Properties:
#         LogConfig:
#           CloudWatchLogsRoleArn: !GetAtt AppSyncLogs.Arn
#           FieldLogLevel: ERROR
#   cis: []
#   fsbp: ["AppSync.2"]
package iacvet.rules.appsync_logging

import data.iacvet.lib

path := ["LogConfig", "FieldLogLevel"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has no field-level logging", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	upper(v) == "NONE"
	msg := sprintf("%s has field-level logging off (NONE)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its field log level is known only after apply", [r.address])
}
