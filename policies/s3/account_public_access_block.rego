# METADATA
# title: Account-level S3 Block Public Access is not fully on
# description: |
#   The account's Block Public Access settings apply to every bucket and access point in the account, present and future, so one mistaken bucket ACL or policy cannot make data public. All four settings should be on. They exist only as an account setting (Terraform's aws_s3_account_public_access_block; CloudFormation has no resource for it); a setting left out is off.
# custom:
#   id: AWS-S3-079
#   severity: medium
#   resource_types: [AWS::S3::AccountPublicAccessBlock]
#   inputs: [terraform]
#   remediation: Turn on all four account-level Block Public Access settings.
#   terraform: |
#     resource "aws_s3_account_public_access_block" "this" {
#       block_public_acls       = true
#       block_public_policy     = true
#       ignore_public_acls      = true
#       restrict_public_buckets = true
#     }
#   cis: ["2.1.4"]
#   fsbp: ["S3.1"]
package iacvet.rules.s3_account_public_access_block

import data.iacvet.lib

settings := ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]

deny contains lib.finding(r, msg, ["PublicAccessBlockConfiguration", s]) if {
	some r in input.resources
	pab := object.get(r.properties, "PublicAccessBlockConfiguration", {})
	lib.known(pab)
	some s in settings
	v := lib.get(pab, s, false)
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("%s leaves the account-level S3 Block Public Access setting %s off", [r.address, s])
}

unknown contains lib.finding(r, msg, ["PublicAccessBlockConfiguration", s]) if {
	some r in input.resources
	r.has_unknown
	some s in settings
	lib.unknown_at(r.properties, ["PublicAccessBlockConfiguration", s])
	msg := sprintf("%s: the account-level setting %s is known only after apply", [r.address, s])
}
