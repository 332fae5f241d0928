# METADATA
# title: No CloudWatch alarm on console authentication failures
# description: |
#   Repeated failed console sign-ins point to password guessing against the account. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   console authentication failures, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-085
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "console_auth_failures" {
#       name           = "ConsoleSigninFailures"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }"
#       metric_transformation {
#         name      = "ConsoleSigninFailures"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "console_auth_failures" {
#       alarm_name          = "ConsoleSigninFailures"
#       metric_name         = "ConsoleSigninFailures"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     ConsoleSigninFailuresFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }'
#         MetricTransformations:
#           - MetricName: ConsoleSigninFailures
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     ConsoleSigninFailuresAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: ConsoleSigninFailures
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.6"]
#   fsbp: ["CloudWatch.6"]
package iacvet.rules.cloudwatch_console_auth_failures

import data.iacvet.lib.cis_monitoring as cis

name := "console authentication failures"

terms := [
	"$.eventName=ConsoleLogin",
	"$.errorMessage=Failedauthentication",
]

deny contains f if some f in cis.deny(name, "4.6", terms)

unknown contains f if some f in cis.unknown(name, "4.6", terms)
