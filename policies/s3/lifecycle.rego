# METADATA
# title: S3 bucket has no lifecycle rule
# description: |
#   A bucket without an enabled lifecycle rule keeps every object, every noncurrent version of a versioned bucket and every incomplete multipart upload until someone deletes them: storage grows without bound and data is kept longer than it needs to be. A bucket counts as managed with at least one lifecycle rule whose Status is Enabled, inline or in an aws_s3_bucket_lifecycle_configuration.
# custom:
#   id: AWS-S3-008
#   severity: low
#   resource_types: [AWS::S3::Bucket]
#   remediation: Add a lifecycle rule that expires or transitions objects (and noncurrent versions) and aborts incomplete multipart uploads.
#   terraform: |
#     resource "aws_s3_bucket_lifecycle_configuration" "data" {
#       bucket = aws_s3_bucket.data.id
#       rule {
#         id     = "expire-old-versions"
#         status = "Enabled"
#         filter {}
#         noncurrent_version_expiration {
#           noncurrent_days = 90
#         }
#         abort_incomplete_multipart_upload {
#           days_after_initiation = 7
#         }
#       }
#     }
#   cloudformation: |
#     Data:
#       Type: AWS::S3::Bucket
#       Properties:
#         LifecycleConfiguration:
#           Rules:
#             - Id: expire-old-versions
#               Status: Enabled
#               NoncurrentVersionExpiration:
#                 NoncurrentDays: 90
#               AbortIncompleteMultipartUpload:
#                 DaysAfterInitiation: 7
#   cis: []
#   fsbp: ["S3.10", "S3.13"]
package iacvet.rules.s3_lifecycle

import data.iacvet.lib

path := ["LifecycleConfiguration", "Rules"]

rules_of(r) := rs if {
	rs := lib.at(r.properties, path)
	is_array(rs)
} else := []

enabled(r) if {
	some rule in rules_of(r)
	is_string(rule.Status)
	rule.Status == "Enabled"
}

undecided(r) if lib.unknown_at(r.properties, path)

undecided(r) if {
	some rule in rules_of(r)
	lib.is_unknown(object.get(rule, "Status", null))
}

undecided(r) if {
	some rule in rules_of(r)
	lib.is_unknown(rule)
}

deny contains lib.finding(r, msg, "LifecycleConfiguration") if {
	some r in input.resources
	lib.whole(r)
	not enabled(r)
	not undecided(r)
	msg := sprintf("%s has no enabled lifecycle rule", [r.address])
}

unknown contains lib.finding(r, msg, "LifecycleConfiguration") if {
	some r in input.resources
	r.has_unknown
	not enabled(r)
	undecided(r)
	msg := sprintf("%s: whether it has an enabled lifecycle rule is known only after apply", [r.address])
}
