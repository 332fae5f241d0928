# METADATA
# title: No CloudWatch alarm on CloudTrail configuration changes
# description: |
#   Stopping or changing a trail is how an intruder blinds the audit log before acting. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   CloudTrail configuration changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-084
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "cloudtrail_changes" {
#       name           = "CloudTrailConfigChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }"
#       metric_transformation {
#         name      = "CloudTrailConfigChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "cloudtrail_changes" {
#       alarm_name          = "CloudTrailConfigChanges"
#       metric_name         = "CloudTrailConfigChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     CloudTrailConfigChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }'
#         MetricTransformations:
#           - MetricName: CloudTrailConfigChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     CloudTrailConfigChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: CloudTrailConfigChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.5"]
#   fsbp: ["CloudWatch.5"]
package iacvet.rules.cloudwatch_cloudtrail_changes

import data.iacvet.lib.cis_monitoring as cis

name := "CloudTrail configuration changes"

terms := [
	"$.eventName=CreateTrail",
	"$.eventName=UpdateTrail",
	"$.eventName=DeleteTrail",
	"$.eventName=StartLogging",
	"$.eventName=StopLogging",
]

deny contains f if some f in cis.deny(name, "4.5", terms)

unknown contains f if some f in cis.unknown(name, "4.5", terms)
