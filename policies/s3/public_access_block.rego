# METADATA
# title: S3 bucket does not block public access
# description: |
#   Without all four public access block settings a bucket can be made public by a later ACL or policy change.
#   The block may be declared on the bucket (CloudFormation) or as its own resource (Terraform's
#   aws_s3_bucket_public_access_block); both are joined to the bucket.
# custom:
#   id: AWS-S3-002
#   severity: high
#   resource_types: [AWS::S3::Bucket]
#   remediation: Enable BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets.
#   terraform: |
#     resource "aws_s3_bucket_public_access_block" "data" {
#       bucket                  = aws_s3_bucket.data.id
#       block_public_acls       = true
#       block_public_policy     = true
#       ignore_public_acls      = true
#       restrict_public_buckets = true
#     }
#   cloudformation: |
#     PublicAccessBlockConfiguration:
#       BlockPublicAcls: true
#       BlockPublicPolicy: true
#       IgnorePublicAcls: true
#       RestrictPublicBuckets: true
#   cis: ["2.1.4"]
#   fsbp: ["S3.8"]
package iacvet.rules.s3_public_access_block

import data.iacvet.lib

settings := ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]

deny contains lib.finding(r, msg, "") if {
	some r in input.resources
	lib.whole(r)
	not r.properties.PublicAccessBlockConfiguration
	msg := sprintf("S3 bucket %s has no public access block", [r.address])
}

deny contains lib.finding(r, msg, ["PublicAccessBlockConfiguration", s]) if {
	some r in input.resources
	pab := r.properties.PublicAccessBlockConfiguration
	lib.known(pab)
	some s in settings
	v := lib.get(pab, s, false)
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("S3 bucket %s does not enable %s", [r.address, s])
}

unknown contains lib.finding(r, msg, ["PublicAccessBlockConfiguration", s]) if {
	some r in input.resources
	r.has_unknown
	some s in settings
	lib.is_unknown(r.properties.PublicAccessBlockConfiguration[s])
	msg := sprintf("S3 bucket %s: %s is known only after apply", [r.address, s])
}
