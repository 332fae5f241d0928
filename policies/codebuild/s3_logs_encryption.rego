# METADATA
# title: CodeBuild project writes unencrypted S3 logs
# description: |
#   With EncryptionDisabled set, the build logs a project writes to S3 are stored without CodeBuild's encryption; build logs routinely hold internal host names, dependency versions and, by mistake, secrets printed by build steps. CodeBuild encrypts S3 logs unless EncryptionDisabled is true.
# custom:
#   id: AWS-CB-040
#   severity: medium
#   resource_types: [AWS::CodeBuild::Project]
#   remediation: Remove encryption_disabled (EncryptionDisabled) from the project's S3 logs.
#   terraform: |
#     resource "aws_codebuild_project" "web" {
#       logs_config {
#         s3_logs {
#           status              = "ENABLED"
#           location            = "example-build-logs/web"
#           encryption_disabled = false
#         }
#       }
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::CodeBuild::Project
#       Properties:
#         LogsConfig:
#           S3Logs:
#             Status: ENABLED
#             Location: example-build-logs/web
#             EncryptionDisabled: false
#   cis: []
#   fsbp: ["CodeBuild.3"]
package iacvet.rules.codebuild_s3_logs_encryption

import data.iacvet.lib

s3_path := ["LogsConfig", "S3Logs"]

path := array.concat(s3_path, ["EncryptionDisabled"])

enabled(logs) if upper(logs.Status) == "ENABLED"

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	logs := lib.at(r.properties, s3_path)
	is_object(logs)
	enabled(logs)
	lib.is_true(object.get(logs, "EncryptionDisabled", false))
	msg := sprintf("%s writes its S3 build logs unencrypted", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	logs := lib.at(r.properties, s3_path)
	is_object(logs)
	not lib.is_unknown(logs)
	lib.is_unknown(object.get(logs, "EncryptionDisabled", false))
	msg := sprintf("%s: whether its S3 build logs are encrypted is known only after apply", [r.address])
}
