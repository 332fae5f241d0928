# METADATA
# title: No CloudWatch alarm on security group changes
# description: |
#   A changed security group can open a service to the internet. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   security group changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-089
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "security_group_changes" {
#       name           = "SecurityGroupChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"
#       metric_transformation {
#         name      = "SecurityGroupChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "security_group_changes" {
#       alarm_name          = "SecurityGroupChanges"
#       metric_name         = "SecurityGroupChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     SecurityGroupChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }'
#         MetricTransformations:
#           - MetricName: SecurityGroupChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     SecurityGroupChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: SecurityGroupChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.10"]
#   fsbp: ["CloudWatch.10"]
package iacvet.rules.cloudwatch_security_group_changes

import data.iacvet.lib.cis_monitoring as cis

name := "security group changes"

terms := [
	"$.eventName=AuthorizeSecurityGroupIngress",
	"$.eventName=AuthorizeSecurityGroupEgress",
	"$.eventName=RevokeSecurityGroupIngress",
	"$.eventName=RevokeSecurityGroupEgress",
	"$.eventName=CreateSecurityGroup",
	"$.eventName=DeleteSecurityGroup",
]

deny contains f if some f in cis.deny(name, "4.10", terms)

unknown contains f if some f in cis.unknown(name, "4.10", terms)
