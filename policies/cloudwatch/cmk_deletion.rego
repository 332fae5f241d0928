# METADATA
# title: No CloudWatch alarm on disabling or scheduled deletion of customer managed KMS keys
# description: |
#   Data encrypted under a disabled or deleted KMS key becomes unreadable: a destructive act that must be noticed within the waiting period. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   disabling or scheduled deletion of customer managed KMS keys, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-086
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "cmk_deletion" {
#       name           = "DisableOrDeleteCMK"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }"
#       metric_transformation {
#         name      = "DisableOrDeleteCMK"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "cmk_deletion" {
#       alarm_name          = "DisableOrDeleteCMK"
#       metric_name         = "DisableOrDeleteCMK"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     DisableOrDeleteCMKFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
#         MetricTransformations:
#           - MetricName: DisableOrDeleteCMK
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     DisableOrDeleteCMKAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: DisableOrDeleteCMK
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.7"]
#   fsbp: ["CloudWatch.7"]
package iacvet.rules.cloudwatch_cmk_deletion

import data.iacvet.lib.cis_monitoring as cis

name := "disabling or scheduled deletion of customer managed KMS keys"

terms := [
	"$.eventName=DisableKey",
	"$.eventName=ScheduleKeyDeletion",
]

deny contains f if some f in cis.deny(name, "4.7", terms)

unknown contains f if some f in cis.unknown(name, "4.7", terms)
