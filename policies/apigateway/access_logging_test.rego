package iacvet.rules.apigateway_access_logging_test

import data.iacvet.rules.apigateway_access_logging

fail_input := {"resources": [
	{
		"address": "Prod",
		"type": "AWS::ApiGateway::Stage",
		"name": "Prod",
		"format": "cloudformation",
		"partial": false,
		"has_unknown": false,
		"properties": {
			"StageName": "prod",
			"RestApiId": "a1b2c3d4e5",
			"DeploymentId": "abc123",
		},
	},
	{
		"address": "aws_apigatewayv2_stage.prod",
		"type": "AWS::ApiGatewayV2::Stage",
		"name": "prod",
		"format": "terraform-plan",
		"partial": false,
		"has_unknown": false,
		"properties": {
			"StageName": "prod",
			"ApiId": "f6g7h8i9j0",
			"AutoDeploy": true,
			"AccessLogSettings": {"DestinationArn": "", "Format": ""},
		},
	},
]}

pass_input := {"resources": [
	{
		"address": "Prod",
		"type": "AWS::ApiGateway::Stage",
		"name": "Prod",
		"format": "cloudformation",
		"partial": false,
		"has_unknown": false,
		"properties": {
			"StageName": "prod",
			"RestApiId": "a1b2c3d4e5",
			"DeploymentId": "abc123",
			"AccessLogSetting": {
				"DestinationArn": "arn:aws:logs:us-east-1:111122223333:log-group:api-access",
				"Format": "$context.requestId",
			},
		},
	},
	{
		"address": "aws_apigatewayv2_stage.prod",
		"type": "AWS::ApiGatewayV2::Stage",
		"name": "prod",
		"format": "terraform-plan",
		"partial": false,
		"has_unknown": true,
		"properties": {
			"StageName": "prod",
			"ApiId": "f6g7h8i9j0",
			"AccessLogSettings": {
				"DestinationArn": {"$unknown": true, "$ref": "aws_cloudwatch_log_group.api.arn"},
				"Format": "$context.requestId",
			},
		},
	},
]}

test_fail if {
	count(apigateway_access_logging.deny) == 2 with input as fail_input
}

test_pass if {
	count(apigateway_access_logging.deny) == 0 with input as pass_input
	count(apigateway_access_logging.unknown) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [
	{"op": "add", "path": "/resources/1/properties/AccessLogSettings", "value": {"$unknown": true}},
	{"op": "add", "path": "/resources/1/has_unknown", "value": true},
])

test_unknown if {
	count(apigateway_access_logging.deny) == 1 with input as unknown_input
	count(apigateway_access_logging.unknown) == 1 with input as unknown_input
}

partial_input := json.patch(fail_input, [{"op": "replace", "path": "/resources/0/partial", "value": true}])

test_partial if {
	count(apigateway_access_logging.deny) == 1 with input as partial_input
}
