# METADATA
# title: CloudWatch log group keeps logs for less than a year
# description: |
#   Logs kept for less than 365 days are gone when an incident is investigated months later.
# custom:
#   id: AWS-LOGS-001
#   severity: low
#   resource_types: [AWS::Logs::LogGroup]
#   remediation: Keep logs for at least 365 days (or omit the retention to keep them forever).
#   terraform: |
#     resource "aws_cloudwatch_log_group" "app" {
#       retention_in_days = 365
#     }
#   cloudformation: |
#     Logs:
#       Type: AWS::Logs::LogGroup
#       Properties:
#         RetentionInDays: 365
#   cis: []
#   fsbp: []
package iacvet.rules.logs_retention

import data.iacvet.lib

path := ["RetentionInDays"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	days := lib.number(r.properties.RetentionInDays)
	days > 0
	days < 365
	msg := sprintf("log group %s keeps its logs for %d days, less than a year", [r.address, days])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.RetentionInDays)
	msg := sprintf("log group %s: the retention is known only after apply", [r.address])
}
