# METADATA
# title: S3 access point does not block public access
# description: |
#   An access point whose block public access settings are turned off can be made public by its access point policy, whatever the bucket's own settings say about that access point's requests. AWS turns every setting on when PublicAccessBlockConfiguration (Terraform public_access_block_configuration) is omitted, and the settings cannot be changed after the access point is created; the rule reports settings set to false.
# custom:
#   id: AWS-S3-061
#   severity: high
#   resource_types: [AWS::S3::AccessPoint]
#   remediation: Recreate the access point with all four block public access settings on (the default).
#   terraform: |
#     resource "aws_s3_access_point" "reports" {
#       bucket = aws_s3_bucket.data.id
#       name   = "reports"
#       public_access_block_configuration {
#         block_public_acls       = true
#         block_public_policy     = true
#         ignore_public_acls      = true
#         restrict_public_buckets = true
#       }
#     }
#   cloudformation: |
#     Reports:
#       Type: AWS::S3::AccessPoint
#       Properties:
#         Bucket: !Ref Data
#         Name: reports
#         PublicAccessBlockConfiguration:
#           BlockPublicAcls: true
#           BlockPublicPolicy: true
#           IgnorePublicAcls: true
#           RestrictPublicBuckets: true
#   cis: []
#   fsbp: ["S3.19"]
package iacvet.rules.s3_access_point_block_public

import data.iacvet.lib

settings := ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]

deny contains lib.finding(r, msg, ["PublicAccessBlockConfiguration", key]) if {
	some r in input.resources
	some key in settings
	v := lib.at(r.properties, ["PublicAccessBlockConfiguration", key])
	lib.is_false(v)
	msg := sprintf("%s does not block public access (%s is false)", [r.address, key])
}

unknown contains lib.finding(r, msg, ["PublicAccessBlockConfiguration", key]) if {
	some r in input.resources
	r.has_unknown
	some key in settings
	lib.unknown_at(r.properties, ["PublicAccessBlockConfiguration", key])
	msg := sprintf("%s: whether it blocks public access is known only after apply", [r.address])
}
