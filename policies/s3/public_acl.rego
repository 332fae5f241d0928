# METADATA
# title: S3 bucket grants public access through its ACL
# description: A canned ACL of public-read, public-read-write or authenticated-read lets anyone (or any AWS account) list or change the bucket's objects.
# custom:
#   id: AWS-S3-001
#   severity: critical
#   resource_types: [AWS::S3::Bucket]
#   remediation: Use the private ACL (or disable ACLs with BucketOwnerEnforced object ownership) and grant access through bucket policies.
#   terraform: |
#     resource "aws_s3_bucket_acl" "logs" {
#       bucket = aws_s3_bucket.logs.id
#       acl    = "private"
#     }
#   cloudformation: |
#     Logs:
#       Type: AWS::S3::Bucket
#       Properties:
#         AccessControl: Private
#   cis: []
#   fsbp: ["S3.2", "S3.3"]
package iacvet.rules.s3_public_acl

import data.iacvet.lib

public_acls := {"PublicRead", "PublicReadWrite", "AuthenticatedRead"}

deny contains lib.finding(r, msg, "AccessControl") if {
	some r in input.resources
	acl := r.properties.AccessControl
	acl in public_acls
	msg := sprintf("S3 bucket %s has the public ACL %s", [r.address, acl])
}

unknown contains lib.finding(r, msg, "AccessControl") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.AccessControl)
	msg := sprintf("S3 bucket %s: its ACL is known only after apply", [r.address])
}
