# METADATA
# title: No CloudWatch alarm on network ACL changes
# description: |
#   A changed network ACL can let traffic into subnets that were closed. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   network ACL changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-090
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "nacl_changes" {
#       name           = "NACLChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }"
#       metric_transformation {
#         name      = "NACLChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "nacl_changes" {
#       alarm_name          = "NACLChanges"
#       metric_name         = "NACLChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     NACLChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }'
#         MetricTransformations:
#           - MetricName: NACLChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     NACLChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: NACLChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.11"]
#   fsbp: ["CloudWatch.11"]
package iacvet.rules.cloudwatch_nacl_changes

import data.iacvet.lib.cis_monitoring as cis

name := "network ACL changes"

terms := [
	"$.eventName=CreateNetworkAcl",
	"$.eventName=CreateNetworkAclEntry",
	"$.eventName=DeleteNetworkAcl",
	"$.eventName=DeleteNetworkAclEntry",
	"$.eventName=ReplaceNetworkAclEntry",
	"$.eventName=ReplaceNetworkAclAssociation",
]

deny contains f if some f in cis.deny(name, "4.11", terms)

unknown contains f if some f in cis.unknown(name, "4.11", terms)
