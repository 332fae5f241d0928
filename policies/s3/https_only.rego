# METADATA
# title: S3 bucket does not deny plain HTTP requests
# description: |
#   Without a bucket policy statement that denies requests where aws:SecureTransport is false, clients may read and write objects over unencrypted HTTP.
# custom:
#   id: AWS-S3-007
#   severity: medium
#   resource_types: [AWS::S3::Bucket, AWS::S3::BucketPolicy]
#   remediation: Add a bucket policy statement denying s3:* when aws:SecureTransport is false.
#   terraform: |
#     resource "aws_s3_bucket_policy" "data" {
#       bucket = aws_s3_bucket.data.id
#       policy = jsonencode({
#         Statement = [{
#           Effect    = "Deny"
#           Principal = "*"
#           Action    = "s3:*"
#           Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
#           Condition = { Bool = { "aws:SecureTransport" = "false" } }
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
#             - Effect: Deny
#               Principal: '*'
#               Action: s3:*
#               Resource: [!GetAtt Data.Arn, !Sub '${Data.Arn}/*']
#               Condition:
#                 Bool:
#                   aws:SecureTransport: false
#   cis: ["2.1.1"]
#   fsbp: ["S3.5"]
package iacvet.rules.s3_https_only

import data.iacvet.lib
import data.iacvet.lib.iam

buckets := [r | some r in input.resources; r.type == "AWS::S3::Bucket"]

policies := [r | some r in input.resources; r.type == "AWS::S3::BucketPolicy"]

for_bucket(p, b) if lib.refers_to(p.properties.Bucket, b)

for_bucket(p, b) if {
	is_string(p.properties.Bucket)
	p.properties.Bucket == b.properties.BucketName
}

denies_http(p) if {
	some s in iam.statements(p.properties.PolicyDocument)
	iam.deny_effect(s)
	lib.is_false(s.Condition.Bool["aws:SecureTransport"])
}

denies_http(p) if {
	some s in iam.statements(p.properties.PolicyDocument)
	iam.deny_effect(s)
	lib.number(s.Condition.NumericLessThan["s3:TlsVersion"]) >= 1.2
}

# A policy whose bucket or document is decided at apply may cover any bucket.
undecided(b) if {
	some p in policies
	lib.is_unknown(p.properties.Bucket)
	not p.properties.Bucket["$ref"]
}

undecided(b) if {
	some p in policies
	for_bucket(p, b)
	lib.is_unknown(p.properties.PolicyDocument)
}

deny contains lib.finding(b, msg, "") if {
	some b in buckets
	lib.whole(b)
	not undecided(b)
	not secured(b)
	msg := sprintf("S3 bucket %s has no bucket policy denying requests over plain HTTP", [b.address])
}

secured(b) if {
	some p in policies
	for_bucket(p, b)
	denies_http(p)
}

unknown contains lib.finding(b, msg, "") if {
	some b in buckets
	not secured(b)
	undecided(b)
	msg := sprintf("S3 bucket %s: whether its policy denies plain HTTP is known only after apply", [b.address])
}
