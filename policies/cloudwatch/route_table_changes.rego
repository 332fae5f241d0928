# METADATA
# title: No CloudWatch alarm on route table changes
# description: |
#   A changed route can send traffic around inspection points or out of the network. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   route table changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-092
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "route_table_changes" {
#       name           = "RouteTableChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }"
#       metric_transformation {
#         name      = "RouteTableChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "route_table_changes" {
#       alarm_name          = "RouteTableChanges"
#       metric_name         = "RouteTableChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     RouteTableChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }'
#         MetricTransformations:
#           - MetricName: RouteTableChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     RouteTableChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: RouteTableChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.13"]
#   fsbp: ["CloudWatch.13"]
package iacvet.rules.cloudwatch_route_table_changes

import data.iacvet.lib.cis_monitoring as cis

name := "route table changes"

terms := [
	"$.eventName=CreateRoute",
	"$.eventName=CreateRouteTable",
	"$.eventName=ReplaceRoute",
	"$.eventName=ReplaceRouteTableAssociation",
	"$.eventName=DeleteRouteTable",
	"$.eventName=DeleteRoute",
	"$.eventName=DisassociateRouteTable",
]

deny contains f if some f in cis.deny(name, "4.13", terms)

unknown contains f if some f in cis.unknown(name, "4.13", terms)
