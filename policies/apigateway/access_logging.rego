# METADATA
# title: API Gateway stage has no access logging
# description: |
#   Without access logs a stage keeps no record of who called the API, from where, and with what result, which leaves abuse and incidents uninvestigable. Covers REST API stages and HTTP/WebSocket API (V2) stages.
# custom:
#   id: AWS-APIGW-001
#   severity: medium
#   resource_types: [AWS::ApiGateway::Stage, AWS::ApiGatewayV2::Stage]
#   remediation: Send the stage's access logs to a CloudWatch Logs log group (or a Firehose stream).
#   terraform: |
#     resource "aws_api_gateway_stage" "prod" {
#       access_log_settings {
#         destination_arn = aws_cloudwatch_log_group.api.arn
#         format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
#       }
#     }
#
#     resource "aws_apigatewayv2_stage" "prod" {
#       access_log_settings {
#         destination_arn = aws_cloudwatch_log_group.api.arn
#         format          = jsonencode({ requestId = "$context.requestId", status = "$context.status" })
#       }
#     }
#   cloudformation: |
#     Prod:
#       Type: AWS::ApiGateway::Stage
#       Properties:
#         AccessLogSetting:
#           DestinationArn: !GetAtt ApiLogs.Arn
#           Format: '{"requestId":"$context.requestId","status":"$context.status"}'
#     HttpProd:
#       Type: AWS::ApiGatewayV2::Stage
#       Properties:
#         AccessLogSettings:
#           DestinationArn: !GetAtt ApiLogs.Arn
#           Format: '{"requestId":"$context.requestId","status":"$context.status"}'
#   cis: []
#   fsbp: ["APIGateway.9"]
package iacvet.rules.apigateway_access_logging

import data.iacvet.lib

# REST API stages spell the block AccessLogSetting, V2 stages AccessLogSettings.
path(r) := ["AccessLogSetting", "DestinationArn"] if r.type == "AWS::ApiGateway::Stage"

path(r) := ["AccessLogSettings", "DestinationArn"] if r.type == "AWS::ApiGatewayV2::Stage"

deny contains lib.finding(r, msg, p) if {
	some r in input.resources
	p := path(r)
	lib.missing(r, p)
	msg := sprintf("%s does not write access logs", [r.address])
}

# A destination that refers to another resource (a log group created in the
# same change) is set, though its ARN is known only after apply.
unknown contains lib.finding(r, msg, p) if {
	some r in input.resources
	r.has_unknown
	p := path(r)
	lib.unknown_at(r.properties, p)
	not lib.at(r.properties, p)["$ref"]
	msg := sprintf("%s: whether it writes access logs is known only after apply", [r.address])
}
