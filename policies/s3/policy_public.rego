# METADATA
# title: S3 bucket policy grants access to everyone
# description: |
#   A bucket policy statement that allows principal * (or NotPrincipal) without a condition that restricts the caller (aws:SourceVpce, aws:PrincipalOrgID, aws:SourceArn, ...; aws:Referer does not) makes the bucket's objects readable (or writable) by anyone on the internet.
# custom:
#   id: AWS-S3-006
#   severity: critical
#   resource_types: [AWS::S3::BucketPolicy]
#   remediation: Name the principals that need access, or add conditions (aws:SourceVpce, aws:PrincipalOrgID, aws:SourceArn) to the statement.
#   terraform: |
#     resource "aws_s3_bucket_policy" "data" {
#       bucket = aws_s3_bucket.data.id
#       policy = jsonencode({
#         Statement = [{
#           Effect    = "Allow"
#           Principal = { AWS = "arn:aws:iam::111122223333:role/reader" }
#           Action    = "s3:GetObject"
#           Resource  = "${aws_s3_bucket.data.arn}/*"
#         }]
#       })
#     }
#   cloudformation: |
#     DataPolicy:
#       Type: AWS::S3::BucketPolicy
#       Properties:
#         Bucket: !Ref Data
#         PolicyDocument:
#           Statement:
#             - Effect: Allow
#               Principal:
#                 AWS: arn:aws:iam::111122223333:role/reader
#               Action: s3:GetObject
#               Resource: arn:aws:s3:::example-data/*
#   cis: []
#   fsbp: ["S3.2", "S3.3"]
package iacvet.rules.s3_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

deny contains lib.finding(r, msg, ["PolicyDocument", "Statement", i, "Principal"]) if {
	some r in input.resources
	doc := r.properties.PolicyDocument
	some i in iam.public_indexes(doc)
	i == min(iam.public_indexes(doc))
	msg := sprintf("bucket policy %s allows everyone (%s)", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, "PolicyDocument") if {
	some r in input.resources
	r.has_unknown
	iam.public_undecided(r.properties.PolicyDocument)
	msg := sprintf("bucket policy %s: whether the policy lets everyone in is known only after apply", [r.address])
}
