# METADATA
# title: S3 bucket versioning is not enabled
# description: |
#   Without versioning, an overwritten or deleted object is gone; versioning lets you recover from mistakes and ransomware.
# custom:
#   id: AWS-S3-003
#   severity: medium
#   resource_types: [AWS::S3::Bucket]
#   remediation: Enable versioning.
#   terraform: |
#     resource "aws_s3_bucket_versioning" "data" {
#       bucket = aws_s3_bucket.data.id
#       versioning_configuration {
#         status = "Enabled"
#       }
#     }
#   cloudformation: |
#     Data:
#       Type: AWS::S3::Bucket
#       Properties:
#         VersioningConfiguration:
#           Status: Enabled
#   cis: []
#   fsbp: ["S3.14"]
package iacvet.rules.s3_versioning

import data.iacvet.lib

path := ["VersioningConfiguration", "Status"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not version its objects", [r.address])
}

allowed := {"Enabled"}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	not v in allowed
	msg := sprintf("%s does not version its objects (%s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
