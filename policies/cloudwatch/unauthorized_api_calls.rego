# METADATA
# title: No CloudWatch alarm on unauthorized API calls
# description: |
#   Unauthorized calls are often the first sign of stolen credentials probing what they may do, or of a misconfigured application. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   unauthorized API calls, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-080
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "unauthorized_api_calls" {
#       name           = "UnauthorizedAPICalls"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{($.errorCode =\"*UnauthorizedOperation\") || ($.errorCode =\"AccessDenied*\") && ($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\")}"
#       metric_transformation {
#         name      = "UnauthorizedAPICalls"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "unauthorized_api_calls" {
#       alarm_name          = "UnauthorizedAPICalls"
#       metric_name         = "UnauthorizedAPICalls"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     UnauthorizedAPICallsFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket")}'
#         MetricTransformations:
#           - MetricName: UnauthorizedAPICalls
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     UnauthorizedAPICallsAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: UnauthorizedAPICalls
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.1"]
#   fsbp: ["CloudWatch.2"]
package iacvet.rules.cloudwatch_unauthorized_api_calls

import data.iacvet.lib.cis_monitoring as cis

name := "unauthorized API calls"

terms := [
	"$.errorCode=*UnauthorizedOperation",
	"$.errorCode=AccessDenied*",
]

deny contains f if some f in cis.deny(name, "4.1", terms)

unknown contains f if some f in cis.unknown(name, "4.1", terms)
