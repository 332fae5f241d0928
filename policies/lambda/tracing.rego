# METADATA
# title: Lambda function has no active X-Ray tracing
# description: |
#   Without active tracing, requests through the function cannot be followed when investigating failures or abuse.
# custom:
#   id: AWS-LMB-002
#   severity: low
#   resource_types: [AWS::Lambda::Function]
#   remediation: Set the tracing mode to Active.
#   terraform: |
#     resource "aws_lambda_function" "api" {
#       tracing_config {
#         mode = "Active"
#       }
#     }
#   cloudformation: |
#     Api:
#       Type: AWS::Lambda::Function
#       Properties:
#         TracingConfig:
#           Mode: Active
#   cis: []
#   fsbp: []
package iacvet.rules.lambda_tracing

import data.iacvet.lib

path := ["TracingConfig", "Mode"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not trace requests with X-Ray", [r.address])
}

allowed := {"Active"}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	not v in allowed
	msg := sprintf("%s does not trace requests with X-Ray (%s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
