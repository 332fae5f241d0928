# METADATA
# title: S3 bucket server access logging is not enabled
# description: |
#   Without server access logs there is no record of who read or changed objects in the bucket.
# custom:
#   id: AWS-S3-004
#   severity: low
#   resource_types: [AWS::S3::Bucket]
#   remediation: Enable server access logging to a separate log bucket.
#   terraform: |
#     resource "aws_s3_bucket_logging" "data" {
#       bucket        = aws_s3_bucket.data.id
#       target_bucket = aws_s3_bucket.logs.id
#       target_prefix = "data/"
#     }
#   cloudformation: |
#     Data:
#       Type: AWS::S3::Bucket
#       Properties:
#         LoggingConfiguration:
#           DestinationBucketName: !Ref Logs
#           LogFilePrefix: data/
#   cis: []
#   fsbp: ["S3.9"]
package iacvet.rules.s3_logging

import data.iacvet.lib

path := ["LoggingConfiguration", "DestinationBucketName"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not log server access", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.at(r.properties, path) == ""
	msg := sprintf("%s does not log server access", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
