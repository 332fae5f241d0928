package iacvet.rules.apigateway_tracing_test

import data.iacvet.rules.apigateway_tracing

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
		"address": "aws_api_gateway_stage.prod",
		"type": "AWS::ApiGateway::Stage",
		"name": "prod",
		"format": "terraform-plan",
		"partial": false,
		"has_unknown": false,
		"properties": {
			"StageName": "prod",
			"RestApiId": "a1b2c3d4e5",
			"DeploymentId": "abc123",
			"TracingEnabled": false,
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
			"TracingEnabled": "true",
		},
	},
	{
		"address": "aws_api_gateway_stage.prod",
		"type": "AWS::ApiGateway::Stage",
		"name": "prod",
		"format": "terraform-plan",
		"partial": false,
		"has_unknown": false,
		"properties": {
			"StageName": "prod",
			"RestApiId": "a1b2c3d4e5",
			"DeploymentId": "abc123",
			"TracingEnabled": true,
		},
	},
]}

test_fail if {
	count(apigateway_tracing.deny) == 2 with input as fail_input
}

test_pass if {
	count(apigateway_tracing.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [
	{"op": "add", "path": "/resources/1/properties/TracingEnabled", "value": {"$unknown": true}},
	{"op": "add", "path": "/resources/1/has_unknown", "value": true},
])

test_unknown if {
	count(apigateway_tracing.deny) == 1 with input as unknown_input
	count(apigateway_tracing.unknown) == 1 with input as unknown_input
}
