# METADATA
# title: No CloudWatch alarm on use of the root user
# description: |
#   The root user cannot be restricted by IAM policies; any use of it outside break-glass procedures needs immediate attention. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   use of the root user, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-082
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "root_usage" {
#       name           = "RootAccountUsage"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
#       metric_transformation {
#         name      = "RootAccountUsage"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "root_usage" {
#       alarm_name          = "RootAccountUsage"
#       metric_name         = "RootAccountUsage"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     RootAccountUsageFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'
#         MetricTransformations:
#           - MetricName: RootAccountUsage
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     RootAccountUsageAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: RootAccountUsage
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.3"]
#   fsbp: ["CloudWatch.1"]
package iacvet.rules.cloudwatch_root_usage

import data.iacvet.lib.cis_monitoring as cis

name := "use of the root user"

terms := [
	"$.userIdentity.type=Root",
]

deny contains f if some f in cis.deny(name, "4.3", terms)

unknown contains f if some f in cis.unknown(name, "4.3", terms)
