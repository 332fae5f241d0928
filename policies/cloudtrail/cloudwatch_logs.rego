# METADATA
# title: CloudTrail trail does not send events to CloudWatch Logs
# description: |
#   A trail that only writes to S3 can be searched after the fact but cannot drive metric filters and
#   alarms, so unauthorised activity is noticed late or never.
# custom:
#   id: AWS-CT-080
#   severity: low
#   resource_types: [AWS::CloudTrail::Trail]
#   remediation: Deliver the trail to a CloudWatch Logs log group (with a role CloudTrail can assume).
#   terraform: |
#     resource "aws_cloudtrail" "main" {
#       cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
#       cloud_watch_logs_role_arn  = aws_iam_role.trail_logs.arn
#     }
#   cloudformation: |
#     Trail:
#       Type: AWS::CloudTrail::Trail
#       Properties:
#         CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
#         CloudWatchLogsRoleArn: !GetAtt TrailLogsRole.Arn
#   cis: []
#   fsbp: ["CloudTrail.5"]
package iacvet.rules.cloudtrail_cloudwatch_logs

import data.iacvet.lib

path := ["CloudWatchLogsLogGroupArn"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not send its events to CloudWatch Logs", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.CloudWatchLogsLogGroupArn)
	not r.properties.CloudWatchLogsLogGroupArn["$ref"]
	msg := sprintf("%s: whether it sends events to CloudWatch Logs is known only after apply", [r.address])
}
