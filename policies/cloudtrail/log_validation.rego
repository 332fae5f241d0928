# METADATA
# title: CloudTrail log file validation is disabled
# description: |
#   Without log file validation nobody can prove that delivered log files were not modified or deleted.
# custom:
#   id: AWS-CT-002
#   severity: medium
#   resource_types: [AWS::CloudTrail::Trail]
#   remediation: Enable log file validation.
#   terraform: |
#     resource "aws_cloudtrail" "main" {
#       enable_log_file_validation = true
#     }
#   cloudformation: |
#     Trail:
#       Type: AWS::CloudTrail::Trail
#       Properties:
#         EnableLogFileValidation: true
#   cis: ["3.2"]
#   fsbp: ["CloudTrail.4"]
package iacvet.rules.cloudtrail_log_validation

import data.iacvet.lib

path := ["EnableLogFileValidation"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not validate its log files", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not validate its log files", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
