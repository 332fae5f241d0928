# METADATA
# title: No CloudWatch alarm on VPC changes
# description: |
#   A new peering connection or changed VPC attribute can join networks that were kept apart. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   VPC changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-093
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "vpc_changes" {
#       name           = "VPCChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }"
#       metric_transformation {
#         name      = "VPCChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "vpc_changes" {
#       alarm_name          = "VPCChanges"
#       metric_name         = "VPCChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     VPCChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }'
#         MetricTransformations:
#           - MetricName: VPCChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     VPCChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: VPCChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.14"]
#   fsbp: ["CloudWatch.14"]
package iacvet.rules.cloudwatch_vpc_changes

import data.iacvet.lib.cis_monitoring as cis

name := "VPC changes"

terms := [
	"$.eventName=CreateVpc",
	"$.eventName=DeleteVpc",
	"$.eventName=ModifyVpcAttribute",
	"$.eventName=AcceptVpcPeeringConnection",
	"$.eventName=CreateVpcPeeringConnection",
	"$.eventName=DeleteVpcPeeringConnection",
	"$.eventName=RejectVpcPeeringConnection",
	"$.eventName=AttachClassicLinkVpc",
	"$.eventName=DetachClassicLinkVpc",
	"$.eventName=DisableVpcClassicLink",
	"$.eventName=EnableVpcClassicLink",
]

deny contains f if some f in cis.deny(name, "4.14", terms)

unknown contains f if some f in cis.unknown(name, "4.14", terms)
