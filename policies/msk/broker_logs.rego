# METADATA
# title: MSK cluster does not deliver broker logs
# description: |
#   Without broker logs (to CloudWatch Logs, Firehose or S3) there is no record of the brokers'
#   errors, authentication failures and client activity.
# custom:
#   id: AWS-MSK-080
#   severity: low
#   resource_types: [AWS::MSK::Cluster]
#   remediation: Deliver broker logs to CloudWatch Logs, Firehose or S3.
#   terraform: |
#     resource "aws_msk_cluster" "events" {
#       logging_info {
#         broker_logs {
#           cloudwatch_logs {
#             enabled   = true
#             log_group = aws_cloudwatch_log_group.msk.name
#           }
#         }
#       }
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::MSK::Cluster
#       Properties:
#         LoggingInfo:
#           BrokerLogs:
#             CloudWatchLogs:
#               Enabled: true
#               LogGroup: !Ref MskLogs
#   cis: []
#   fsbp: []
package iacvet.rules.msk_broker_logs

import data.iacvet.lib

destinations := ["CloudWatchLogs", "Firehose", "S3"]

broker_logs(r) := object.get(r.properties, ["LoggingInfo", "BrokerLogs"], {})

delivers(r) if {
	some d in destinations
	lib.is_true(object.get(broker_logs(r), [d, "Enabled"], false))
}

undecided(r) if lib.unknown_at(r.properties, ["LoggingInfo", "BrokerLogs"])

undecided(r) if {
	some d in destinations
	lib.unknown_at(r.properties, ["LoggingInfo", "BrokerLogs", d, "Enabled"])
}

deny contains lib.finding(r, msg, "LoggingInfo") if {
	some r in input.resources
	lib.whole(r)
	not delivers(r)
	not undecided(r)
	msg := sprintf("%s does not deliver broker logs", [r.address])
}

unknown contains lib.finding(r, msg, "LoggingInfo") if {
	some r in input.resources
	r.has_unknown
	not delivers(r)
	undecided(r)
	msg := sprintf("%s: whether it delivers broker logs is known only after apply", [r.address])
}
