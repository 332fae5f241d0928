# METADATA
# title: No CloudWatch alarm on AWS Organizations changes
# description: |
#   Changes to the organization (accounts joining or leaving, service control policies) change the guard rails of every account. CIS asks for a metric filter on the log group of a multi-region trail that matches
#   AWS Organizations changes, and an alarm with an action on the filter's metric. Checked for every multi-region,
#   logging trail that sends events to CloudWatch Logs; a filter counts when its pattern has every
#   condition of the CIS pattern (whitespace and quotes aside).
# custom:
#   id: AWS-CW-094
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail, AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm]
#   remediation: Add a metric filter with the CIS pattern on the trail's log group and an alarm with an SNS action on its metric.
#   terraform: |
#     resource "aws_cloudwatch_log_metric_filter" "organizations_changes" {
#       name           = "OrganizationsChanges"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ ($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit) }"
#       metric_transformation {
#         name      = "OrganizationsChanges"
#         namespace = "CISBenchmark"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "organizations_changes" {
#       alarm_name          = "OrganizationsChanges"
#       metric_name         = "OrganizationsChanges"
#       namespace           = "CISBenchmark"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security_alarms.arn]
#     }
#   cloudformation: |
#     OrganizationsChangesFilter:
#       Type: AWS::Logs::MetricFilter
#       Properties:
#         LogGroupName: !Ref TrailLogs
#         FilterPattern: '{ ($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit) }'
#         MetricTransformations:
#           - MetricName: OrganizationsChanges
#             MetricNamespace: CISBenchmark
#             MetricValue: "1"
#     OrganizationsChangesAlarm:
#       Type: AWS::CloudWatch::Alarm
#       Properties:
#         MetricName: OrganizationsChanges
#         Namespace: CISBenchmark
#         Statistic: Sum
#         Period: 300
#         EvaluationPeriods: 1
#         Threshold: 1
#         ComparisonOperator: GreaterThanOrEqualToThreshold
#         AlarmActions: [!Ref SecurityAlarms]
#   cis: ["4.15"]
#   fsbp: []
package iacvet.rules.cloudwatch_organizations_changes

import data.iacvet.lib.cis_monitoring as cis

name := "AWS Organizations changes"

terms := [
	"$.eventName=AcceptHandshake",
	"$.eventName=AttachPolicy",
	"$.eventName=CreateAccount",
	"$.eventName=CreateOrganizationalUnit",
	"$.eventName=CreatePolicy",
	"$.eventName=DeclineHandshake",
	"$.eventName=DeleteOrganization",
	"$.eventName=DeleteOrganizationalUnit",
	"$.eventName=DeletePolicy",
	"$.eventName=DetachPolicy",
	"$.eventName=DisablePolicyType",
	"$.eventName=EnablePolicyType",
	"$.eventName=InviteAccountToOrganization",
	"$.eventName=LeaveOrganization",
	"$.eventName=MoveAccount",
	"$.eventName=RemoveAccountFromOrganization",
	"$.eventName=UpdatePolicy",
	"$.eventName=UpdateOrganizationalUnit",
]

deny contains f if some f in cis.deny(name, "4.15", terms)

unknown contains f if some f in cis.unknown(name, "4.15", terms)
