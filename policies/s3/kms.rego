# METADATA
# title: S3 bucket is not encrypted with a KMS key
# description: |
#   Buckets encrypted with S3-managed keys (the default SSE-S3) offer no key policy to restrict who can decrypt; SSE-KMS adds an auditable access control.
# custom:
#   id: AWS-S3-005
#   severity: low
#   resource_types: [AWS::S3::Bucket]
#   remediation: Use SSE-KMS (aws:kms or aws:kms:dsse) as the bucket's default encryption.
#   terraform: |
#     resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
#       bucket = aws_s3_bucket.data.id
#       rule {
#         apply_server_side_encryption_by_default {
#           sse_algorithm     = "aws:kms"
#           kms_master_key_id = aws_kms_key.s3.arn
#         }
#       }
#     }
#   cloudformation: |
#     Data:
#       Type: AWS::S3::Bucket
#       Properties:
#         BucketEncryption:
#           ServerSideEncryptionConfiguration:
#             - ServerSideEncryptionByDefault:
#                 SSEAlgorithm: aws:kms
#                 KMSMasterKeyID: !Ref DataKey
#   cis: []
#   fsbp: ["S3.17"]
package iacvet.rules.s3_kms

import data.iacvet.lib

kms := {"aws:kms", "aws:kms:dsse"}

deny contains lib.finding(r, msg, "") if {
	some r in input.resources
	lib.missing(r, ["BucketEncryption"])
	msg := sprintf("S3 bucket %s uses the default SSE-S3 encryption, not a KMS key", [r.address])
}

deny contains lib.finding(r, msg, ["BucketEncryption", "ServerSideEncryptionConfiguration", i, "ServerSideEncryptionByDefault", "SSEAlgorithm"]) if {
	some r in input.resources
	some i, rule in r.properties.BucketEncryption.ServerSideEncryptionConfiguration
	alg := rule.ServerSideEncryptionByDefault.SSEAlgorithm
	is_string(alg)
	not alg in kms
	msg := sprintf("S3 bucket %s encrypts with %s, not a KMS key", [r.address, alg])
}

unknown contains lib.finding(r, msg, ["BucketEncryption"]) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, ["BucketEncryption"])
	msg := sprintf("S3 bucket %s: its encryption is known only after apply", [r.address])
}
