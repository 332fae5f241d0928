# METADATA
# title: API Gateway REST stage has no execution logging
# description: |
#   Execution logs record how API Gateway handled each request (authorizer decisions, integration requests and responses, errors) and are what an investigation of failed or abusive calls needs beyond the access log. A REST stage writes none unless a stage-wide method setting (ResourcePath /*, HttpMethod *; Terraform method_path */*) sets LoggingLevel ERROR or INFO, and a method setting with LoggingLevel OFF turns them off for that method. WebSocket and HTTP APIs (AWS::ApiGatewayV2) are not checked.
# custom:
#   id: AWS-APIGW-080
#   severity: medium
#   resource_types: [AWS::ApiGateway::Stage]
#   remediation: Set the stage's logging level to ERROR or INFO for all methods (and an account-level CloudWatch role for API Gateway).
#   terraform: |
#     resource "aws_api_gateway_method_settings" "all" {
#       rest_api_id = aws_api_gateway_rest_api.orders.id
#       stage_name  = aws_api_gateway_stage.prod.stage_name
#       method_path = "*/*"
#       settings {
#         logging_level   = "ERROR"
#         metrics_enabled = true
#       }
#     }
#   cloudformation: |
#     ProdStage:
#       Type: AWS::ApiGateway::Stage
#       Properties:
#         MethodSettings:
#           - ResourcePath: /*
#             HttpMethod: '*'
#             LoggingLevel: ERROR
#             MetricsEnabled: true
#   cis: []
#   fsbp: ["APIGateway.1"]
package iacvet.rules.apigateway_execution_logging

import data.iacvet.lib

settings(r) := s if {
	s := r.properties.MethodSettings
	is_array(s)
} else := []

stage_wide(s) if {
	s.ResourcePath == "/*"
	s.HttpMethod == "*"
}

level(s) := upper(s.LoggingLevel) if is_string(s.LoggingLevel)

logs(r) if {
	some s in settings(r)
	is_object(s)
	stage_wide(s)
	level(s) in {"ERROR", "INFO"}
}

undecided(r) if lib.is_unknown(r.properties.MethodSettings)

undecided(r) if {
	some s in settings(r)
	lib.is_unknown(s)
}

undecided(r) if {
	some s in settings(r)
	some k in ["ResourcePath", "HttpMethod", "LoggingLevel"]
	lib.is_unknown(object.get(s, k, null))
}

deny contains lib.finding(r, msg, "MethodSettings") if {
	some r in input.resources
	lib.whole(r)
	not logs(r)
	not undecided(r)
	msg := sprintf("%s writes no execution logs (no stage-wide logging level ERROR or INFO)", [r.address])
}

deny contains lib.finding(r, msg, ["MethodSettings", i, "LoggingLevel"]) if {
	some r in input.resources
	some i, s in settings(r)
	is_object(s)
	not stage_wide(s)
	level(s) == "OFF"
	msg := sprintf("%s turns execution logging off for %v %v", [r.address, s.HttpMethod, s.ResourcePath])
}

unknown contains lib.finding(r, msg, "MethodSettings") if {
	some r in input.resources
	r.has_unknown
	not logs(r)
	undecided(r)
	msg := sprintf("%s: whether it writes execution logs is known only after apply", [r.address])
}
