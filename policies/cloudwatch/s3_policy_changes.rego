# METADATA
# title: No CloudWatch alarm on S3 bucket policy changes
# description: |
#   A changed bucket policy or ACL can expose data publicly or to another account. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   S3 bucket policy changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-087
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {
#       name           = "S3BucketPolicyChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"
#       metric_transformation {
#         name      = "S3BucketPolicyChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "s3_policy_changes" {
#       alarm_name          = "S3BucketPolicyChanges"
#       metric_name         = "S3BucketPolicyChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     S3BucketPolicyChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }'
#         MetricTransformations:
#           - MetricName: S3BucketPolicyChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     S3BucketPolicyChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: S3BucketPolicyChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.8"]
#   fsbp: ["CloudWatch.8"]
package iacvet.rules.cloudwatch_s3_policy_changes

import data.iacvet.lib.cis_monitoring as cis

name := "S3 bucket policy changes"

terms := [
	"$.eventName=PutBucketAcl",
	"$.eventName=PutBucketPolicy",
	"$.eventName=PutBucketCors",
	"$.eventName=PutBucketLifecycle",
	"$.eventName=PutBucketReplication",
	"$.eventName=DeleteBucketPolicy",
	"$.eventName=DeleteBucketCors",
	"$.eventName=DeleteBucketLifecycle",
	"$.eventName=DeleteBucketReplication",
]

deny contains f if some f in cis.deny(name, "4.8", terms)

unknown contains f if some f in cis.unknown(name, "4.8", terms)
