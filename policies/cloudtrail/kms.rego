# METADATA
# title: CloudTrail logs are not encrypted with KMS
# description: |
#   Trail logs encrypted only with S3-managed keys can be read by anyone with read access to the bucket; a KMS key adds a second, auditable access control.
# custom:
#   id: AWS-CT-003
#   severity: medium
#   resource_types: [AWS::CloudTrail::Trail]
#   remediation: Set a customer managed KMS key on the trail.
#   terraform: |
#     resource "aws_cloudtrail" "main" {
#       kms_key_id = aws_kms_key.trail.arn
#     }
#   cloudformation: |
#     Trail:
#       Type: AWS::CloudTrail::Trail
#       Properties:
#         KMSKeyId: !Ref TrailKey
#   cis: ["3.5"]
#   fsbp: ["CloudTrail.2"]
package iacvet.rules.cloudtrail_kms

import data.iacvet.lib

path := ["KMSKeyId"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not encrypt its logs with a KMS key", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.at(r.properties, path) == ""
	msg := sprintf("%s does not encrypt its logs with a KMS key", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
