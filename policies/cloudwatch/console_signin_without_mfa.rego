# METADATA
# title: No CloudWatch alarm on console sign-in without MFA
# description: |
#   A console sign-in with a password alone is what a phished or leaked password makes possible. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   console sign-in without MFA, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-081
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "console_signin_without_mfa" {
#       name           = "ConsoleSigninWithoutMFA"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }"
#       metric_transformation {
#         name      = "ConsoleSigninWithoutMFA"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "console_signin_without_mfa" {
#       alarm_name          = "ConsoleSigninWithoutMFA"
#       metric_name         = "ConsoleSigninWithoutMFA"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     ConsoleSigninWithoutMFAFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }'
#         MetricTransformations:
#           - MetricName: ConsoleSigninWithoutMFA
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     ConsoleSigninWithoutMFAAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: ConsoleSigninWithoutMFA
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.2"]
#   fsbp: ["CloudWatch.3"]
package iacvet.rules.cloudwatch_console_signin_without_mfa

import data.iacvet.lib.cis_monitoring as cis

name := "console sign-in without MFA"

terms := [
	"$.eventName=ConsoleLogin",
	"$.additionalEventData.MFAUsed!=Yes",
]

deny contains f if some f in cis.deny(name, "4.2", terms)

unknown contains f if some f in cis.unknown(name, "4.2", terms)
