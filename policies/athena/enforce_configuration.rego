# METADATA
# title: Athena workgroup lets clients override its settings
# description: |
#   With EnforceWorkGroupConfiguration false, each query may bring its own result location and encryption settings, so any client can write results unencrypted, or to a bucket outside the workgroup's control, whatever the workgroup's result configuration says; the workgroup's data usage limits and metrics settings stop being a guarantee too. Workgroups enforce their configuration unless it is set to false.
# custom:
#   id: AWS-ATHENA-001
#   severity: medium
#   resource_types: [AWS::Athena::WorkGroup]
#   remediation: Enforce the workgroup configuration so that its result location and encryption apply to every query.
#   terraform: |
#     resource "aws_athena_workgroup" "analysts" {
#       configuration {
#         enforce_workgroup_configuration = true
#       }
#     }
#   cloudformation: |
#     Analysts:
#       Type: AWS::Athena::WorkGroup
#       Properties:
#         WorkGroupConfiguration:
#           EnforceWorkGroupConfiguration: true
#   cis: []
#   fsbp: []
package iacvet.rules.athena_enforce_configuration

import data.iacvet.lib

path := ["WorkGroupConfiguration", "EnforceWorkGroupConfiguration"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.is_false(lib.at(r.properties, path))
	msg := sprintf("%s lets clients override its result location and encryption", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it enforces its configuration is known only after apply", [r.address])
}
