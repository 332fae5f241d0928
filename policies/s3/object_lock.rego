# METADATA
# title: S3 bucket does not have Object Lock enabled
# description: |
#   Without Object Lock, any principal allowed to delete or overwrite objects (or an attacker with its credentials) can destroy them, and nothing keeps a version for a retention period. Object Lock can be turned on for existing buckets, but only through the API; it is off unless ObjectLockEnabled is true (Terraform object_lock_enabled, or an object lock configuration with ObjectLockEnabled Enabled).
# custom:
#   id: AWS-S3-011
#   severity: low
#   resource_types: [AWS::S3::Bucket]
#   remediation: Enable Object Lock on the bucket and set a default retention that fits the data.
#   terraform: |
#     resource "aws_s3_bucket" "records" {
#       bucket              = "example-records"
#       object_lock_enabled = true
#     }
#   cloudformation: |
#     Records:
#       Type: AWS::S3::Bucket
#       Properties:
#         ObjectLockEnabled: true
#         ObjectLockConfiguration:
#           ObjectLockEnabled: Enabled
#           Rule:
#             DefaultRetention:
#               Mode: GOVERNANCE
#               Days: 30
#   cis: []
#   fsbp: ["S3.15"]
package iacvet.rules.s3_object_lock

import data.iacvet.lib

path := ["ObjectLockEnabled"]

config_path := ["ObjectLockConfiguration", "ObjectLockEnabled"]

locked(r) if lib.is_true(lib.at(r.properties, path))

locked(r) if lib.at(r.properties, config_path) == "Enabled"

undecided(r) if lib.unknown_at(r.properties, path)

undecided(r) if lib.unknown_at(r.properties, config_path)

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.whole(r)
	not locked(r)
	not undecided(r)
	msg := sprintf("%s does not have Object Lock enabled", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	not locked(r)
	undecided(r)
	msg := sprintf("%s: whether Object Lock is enabled is known only after apply", [r.address])
}
