# METADATA
# title: API Gateway REST stage has no X-Ray tracing
# description: |
#   Without active X-Ray tracing, requests through the stage cannot be followed across the services behind it when investigating latency, failures or abuse.
# custom:
#   id: AWS-APIGW-002
#   severity: low
#   resource_types: [AWS::ApiGateway::Stage]
#   remediation: Enable X-Ray tracing on the stage.
#   terraform: |
#     resource "aws_api_gateway_stage" "prod" {
#       xray_tracing_enabled = true
#     }
#   cloudformation: |
#     Prod:
#       Type: AWS::ApiGateway::Stage
#       Properties:
#         TracingEnabled: true
#   cis: []
#   fsbp: ["APIGateway.3"]
package iacvet.rules.apigateway_tracing

import data.iacvet.lib

path := ["TracingEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not trace requests with X-Ray", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	v != null
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("%s does not trace requests with X-Ray", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it traces requests is known only after apply", [r.address])
}
