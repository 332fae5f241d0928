# METADATA
# title: No CloudWatch alarm on network gateway changes
# description: |
#   A new or re-attached gateway changes which networks can reach the VPC. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   network gateway changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-091
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "network_gateway_changes" {
#       name           = "NetworkGatewayChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }"
#       metric_transformation {
#         name      = "NetworkGatewayChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "network_gateway_changes" {
#       alarm_name          = "NetworkGatewayChanges"
#       metric_name         = "NetworkGatewayChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     NetworkGatewayChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }'
#         MetricTransformations:
#           - MetricName: NetworkGatewayChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     NetworkGatewayChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: NetworkGatewayChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.12"]
#   fsbp: ["CloudWatch.12"]
package iacvet.rules.cloudwatch_network_gateway_changes

import data.iacvet.lib.cis_monitoring as cis

name := "network gateway changes"

terms := [
	"$.eventName=CreateCustomerGateway",
	"$.eventName=DeleteCustomerGateway",
	"$.eventName=AttachInternetGateway",
	"$.eventName=CreateInternetGateway",
	"$.eventName=DeleteInternetGateway",
	"$.eventName=DetachInternetGateway",
]

deny contains f if some f in cis.deny(name, "4.12", terms)

unknown contains f if some f in cis.unknown(name, "4.12", terms)
