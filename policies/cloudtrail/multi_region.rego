# METADATA
# title: CloudTrail trail is not multi-region
# description: |
#   A single-region trail misses API activity in every other region, where an attacker may operate unseen.
# custom:
#   id: AWS-CT-001
#   severity: medium
#   resource_types: [AWS::CloudTrail::Trail]
#   remediation: Make the trail multi-region.
#   terraform: |
#     resource "aws_cloudtrail" "main" {
#       is_multi_region_trail = true
#     }
#   cloudformation: |
#     Trail:
#       Type: AWS::CloudTrail::Trail
#       Properties:
#         IsMultiRegionTrail: true
#   cis: ["3.1"]
#   fsbp: ["CloudTrail.1"]
package iacvet.rules.cloudtrail_multi_region

import data.iacvet.lib

path := ["IsMultiRegionTrail"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s records events of one region only", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s records events of one region only", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
