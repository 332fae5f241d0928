# METADATA
# title: GuardDuty detector is disabled
# description: |
#   A disabled detector analyses no CloudTrail, VPC flow or DNS logs, so compromised credentials,
#   crypto-mining and reconnaissance in the account go unreported.
# custom:
#   id: AWS-GD-080
#   severity: high
#   resource_types: [AWS::GuardDuty::Detector]
#   remediation: Enable the GuardDuty detector.
#   terraform: |
#     resource "aws_guardduty_detector" "main" {
#       enable = true
#     }
#   cloudformation: |
#     Detector:
#       Type: AWS::GuardDuty::Detector
#       Properties:
#         Enable: true
#   cis: []
#   fsbp: ["GuardDuty.1"]
package iacvet.rules.guardduty_enabled

import data.iacvet.lib

path := ["Enable"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s is disabled", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is enabled is known only after apply", [r.address])
}
