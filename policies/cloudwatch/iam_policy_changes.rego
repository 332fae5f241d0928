# METADATA
# title: No CloudWatch alarm on IAM policy changes
# description: |
#   Changes to IAM policies widen or narrow who may do what; an unexpected one can be privilege escalation. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   IAM policy changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-083
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "iam_policy_changes" {
#       name           = "IAMPolicyChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }"
#       metric_transformation {
#         name      = "IAMPolicyChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "iam_policy_changes" {
#       alarm_name          = "IAMPolicyChanges"
#       metric_name         = "IAMPolicyChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     IAMPolicyChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }'
#         MetricTransformations:
#           - MetricName: IAMPolicyChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     IAMPolicyChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: IAMPolicyChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.4"]
#   fsbp: ["CloudWatch.4"]
package iacvet.rules.cloudwatch_iam_policy_changes

import data.iacvet.lib.cis_monitoring as cis

name := "IAM policy changes"

terms := [
	"$.eventName=DeleteGroupPolicy",
	"$.eventName=DeleteRolePolicy",
	"$.eventName=DeleteUserPolicy",
	"$.eventName=PutGroupPolicy",
	"$.eventName=PutRolePolicy",
	"$.eventName=PutUserPolicy",
	"$.eventName=CreatePolicy",
	"$.eventName=DeletePolicy",
	"$.eventName=CreatePolicyVersion",
	"$.eventName=DeletePolicyVersion",
	"$.eventName=AttachRolePolicy",
	"$.eventName=DetachRolePolicy",
	"$.eventName=AttachUserPolicy",
	"$.eventName=DetachUserPolicy",
	"$.eventName=AttachGroupPolicy",
	"$.eventName=DetachGroupPolicy",
]

deny contains f if some f in cis.deny(name, "4.4", terms)

unknown contains f if some f in cis.unknown(name, "4.4", terms)
