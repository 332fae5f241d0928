# METADATA
# title: No CloudWatch alarm on AWS Config configuration changes
# description: |
#   Stopping the Config recorder or its delivery channel removes the record of resource changes. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   AWS Config configuration changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-088
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "config_changes" {
#       name           = "AWSConfigChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }"
#       metric_transformation {
#         name      = "AWSConfigChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "config_changes" {
#       alarm_name          = "AWSConfigChanges"
#       metric_name         = "AWSConfigChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     AWSConfigChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }'
#         MetricTransformations:
#           - MetricName: AWSConfigChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     AWSConfigChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: AWSConfigChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.9"]
#   fsbp: ["CloudWatch.9"]
package iacvet.rules.cloudwatch_config_changes

import data.iacvet.lib.cis_monitoring as cis

name := "AWS Config configuration changes"

terms := [
	"$.eventName=StopConfigurationRecorder",
	"$.eventName=DeleteDeliveryChannel",
	"$.eventName=PutDeliveryChannel",
	"$.eventName=PutConfigurationRecorder",
]

deny contains f if some f in cis.deny(name, "4.9", terms)

unknown contains f if some f in cis.unknown(name, "4.9", terms)
