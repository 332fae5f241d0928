# METADATA
# title: CloudWatch log group is not encrypted with KMS
# description: |
#   Log groups without a customer managed KMS key are encrypted with a service key whose use cannot be restricted or audited separately.
# custom:
#   id: AWS-LOGS-002
#   severity: low
#   resource_types: [AWS::Logs::LogGroup]
#   remediation: Set a KMS key on the log group.
#   terraform: |
#     resource "aws_cloudwatch_log_group" "app" {
#       kms_key_id = aws_kms_key.logs.arn
#     }
#   cloudformation: |
#     Logs:
#       Type: AWS::Logs::LogGroup
#       Properties:
#         KmsKeyId: !GetAtt LogsKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.logs_kms

import data.iacvet.lib

path := ["KmsKeyId"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s is not encrypted with a KMS key", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.at(r.properties, path) == ""
	msg := sprintf("%s is not encrypted with a KMS key", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
