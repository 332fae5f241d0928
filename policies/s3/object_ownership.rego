# METADATA
# title: S3 bucket keeps ACLs enabled
# description: |
#   A bucket whose object ownership is ObjectWriter or BucketOwnerPreferred still evaluates access control lists, so objects uploaded by other accounts can stay theirs and ACL grants (including public ones) keep working beside the bucket policy. Buckets created since April 2023 default to BucketOwnerEnforced, which disables ACLs; the rule reports only an explicit ownership setting that enables them.
# custom:
#   id: AWS-S3-010
#   severity: medium
#   resource_types: [AWS::S3::Bucket]
#   remediation: Set the bucket's object ownership to BucketOwnerEnforced and grant access with the bucket policy.
#   terraform: |
#     resource "aws_s3_bucket_ownership_controls" "data" {
#       bucket = aws_s3_bucket.data.id
#       rule {
#         object_ownership = "BucketOwnerEnforced"
#       }
#     }
#   cloudformation: |
#     Data:
#       Type: AWS::S3::Bucket
#       Properties:
#         OwnershipControls:
#           Rules:
#             - ObjectOwnership: BucketOwnerEnforced
#   cis: []
#   fsbp: ["S3.12"]
package iacvet.rules.s3_object_ownership

import data.iacvet.lib

rules_of(r) := rs if {
	rs := r.properties.OwnershipControls.Rules
	is_array(rs)
} else := []

deny contains lib.finding(r, msg, ["OwnershipControls", "Rules", i, "ObjectOwnership"]) if {
	some r in input.resources
	some i, rule in rules_of(r)
	v := rule.ObjectOwnership
	is_string(v)
	v in {"ObjectWriter", "BucketOwnerPreferred"}
	msg := sprintf("%s keeps ACLs enabled (object ownership %s)", [r.address, v])
}

unknown contains lib.finding(r, msg, ["OwnershipControls", "Rules", i, "ObjectOwnership"]) if {
	some r in input.resources
	r.has_unknown
	some i, rule in rules_of(r)
	lib.is_unknown(rule.ObjectOwnership)
	msg := sprintf("%s: its object ownership is known only after apply", [r.address])
}
