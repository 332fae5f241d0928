# METADATA
# title: ECR repository does not scan images on push
# description: |
#   Images pushed without a vulnerability scan can ship known vulnerabilities unnoticed.
# custom:
#   id: AWS-ECR-001
#   severity: medium
#   resource_types: [AWS::ECR::Repository]
#   remediation: Enable scan on push (or enhanced scanning for the registry).
#   terraform: |
#     resource "aws_ecr_repository" "app" {
#       image_scanning_configuration {
#         scan_on_push = true
#       }
#     }
#   cloudformation: |
#     Repo:
#       Type: AWS::ECR::Repository
#       Properties:
#         ImageScanningConfiguration:
#           ScanOnPush: true
#   cis: []
#   fsbp: ["ECR.1"]
package iacvet.rules.ecr_scan_on_push

import data.iacvet.lib

path := ["ImageScanningConfiguration", "ScanOnPush"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not scan images on push", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not scan images on push", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
