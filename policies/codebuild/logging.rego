# METADATA
# title: CodeBuild project keeps no build logs
# description: |
#   A project whose CloudWatch Logs output is DISABLED and that writes no S3 logs keeps no record of what its builds ran, fetched or printed, which is what an investigation of a compromised pipeline needs first. CodeBuild sends logs to CloudWatch Logs unless LogsConfig turns them off, so an omitted LogsConfig passes.
# custom:
#   id: AWS-CB-080
#   severity: medium
#   resource_types: [AWS::CodeBuild::Project]
#   remediation: Enable the project's CloudWatch Logs or S3 logs.
#   terraform: |
#     resource "aws_codebuild_project" "web" {
#       logs_config {
#         cloudwatch_logs {
#           status     = "ENABLED"
#           group_name = "/codebuild/web"
#         }
#       }
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::CodeBuild::Project
#       Properties:
#         LogsConfig:
#           CloudWatchLogs:
#             Status: ENABLED
#             GroupName: /codebuild/web
#   cis: []
#   fsbp: ["CodeBuild.4"]
package iacvet.rules.codebuild_logging

import data.iacvet.lib

cw_path := ["LogsConfig", "CloudWatchLogs", "Status"]

s3_path := ["LogsConfig", "S3Logs", "Status"]

status(r, path) := upper(v) if {
	v := lib.at(r.properties, path)
	is_string(v)
}

cw_disabled(r) if status(r, cw_path) == "DISABLED"

s3_enabled(r) if status(r, s3_path) == "ENABLED"

deny contains lib.finding(r, msg, cw_path) if {
	some r in input.resources
	cw_disabled(r)
	not s3_enabled(r)
	not lib.unknown_at(r.properties, s3_path)
	msg := sprintf("%s keeps no build logs (CloudWatch Logs disabled, no S3 logs)", [r.address])
}

unknown contains lib.finding(r, msg, cw_path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, cw_path)
	not s3_enabled(r)
	msg := sprintf("%s: whether it keeps build logs is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, s3_path) if {
	some r in input.resources
	r.has_unknown
	cw_disabled(r)
	lib.unknown_at(r.properties, s3_path)
	msg := sprintf("%s: whether it keeps build logs is known only after apply", [r.address])
}
