package iacvet.rules.apigateway_authorization_test

import data.iacvet.rules.apigateway_authorization

method(name, props) := {
	"address": name,
	"type": "AWS::ApiGateway::Method",
	"name": name,
	"format": "cloudformation",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"RestApiId": "a1b2c3d4e5", "ResourceId": "x1y2z3", "HttpMethod": "GET"}, props),
}

route(name, props) := {
	"address": name,
	"type": "AWS::ApiGatewayV2::Route",
	"name": name,
	"format": "cloudformation",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"ApiId": {"$unknown": true, "$ref": "HttpApi"}}, props),
}

apis := [
	{
		"address": "HttpApi", "type": "AWS::ApiGatewayV2::Api", "name": "HttpApi", "format": "cloudformation",
		"partial": false, "has_unknown": false, "properties": {"Name": "http", "ProtocolType": "HTTP"},
	},
	{
		"address": "aws_apigatewayv2_api.ws", "type": "AWS::ApiGatewayV2::Api", "name": "ws", "format": "terraform-plan",
		"partial": false, "has_unknown": false, "properties": {"Name": "ws", "ProtocolType": "WEBSOCKET"},
	},
]

ws := {"ApiId": {"$unknown": true, "$ref": "aws_apigatewayv2_api.ws.id"}}

fail_input := {"resources": array.concat(apis, [
	method("GetAbsent", {}),
	method("GetNone", {"AuthorizationType": "NONE", "ApiKeyRequired": "false"}),
	route("HttpGet", {"RouteKey": "GET /items", "AuthorizationType": "NONE"}),
	route("HttpDefault", {"RouteKey": "$default"}),
	route("WsConnect", object.union(ws, {"RouteKey": "$connect"})),
])}

pass_input := {"resources": array.concat(apis, [
	method("GetIam", {"AuthorizationType": "AWS_IAM"}),
	method("GetCognito", {"AuthorizationType": "COGNITO_USER_POOLS", "AuthorizerId": "abc123"}),
	method("GetKey", {"AuthorizationType": "NONE", "ApiKeyRequired": true}),
	method("Preflight", {"HttpMethod": "OPTIONS", "AuthorizationType": "NONE"}),
	route("HttpGet", {"RouteKey": "GET /items", "AuthorizationType": "JWT", "AuthorizerId": "abc123"}),
	route("HttpPreflight", {"RouteKey": "OPTIONS /{proxy+}", "AuthorizationType": "NONE"}),
	route("WsConnect", object.union(ws, {"RouteKey": "$connect", "AuthorizationType": "CUSTOM"})),
	route("WsDefault", object.union(ws, {"RouteKey": "$default"})),
	route("WsSend", object.union(ws, {"RouteKey": "sendmessage", "AuthorizationType": "NONE"})),
])}

test_fail if {
	denied := {f.resource | some f in apigateway_authorization.deny} with input as fail_input
	denied == {"GetAbsent", "GetNone", "HttpGet", "HttpDefault", "WsConnect"}
}

test_pass if {
	count(apigateway_authorization.deny) == 0 with input as pass_input
	count(apigateway_authorization.unknown) == 0 with input as pass_input
}

unknown_input := {"resources": [
	json.patch(method("GetVar", {"AuthorizationType": {"$unknown": true}}), [{"op": "replace", "path": "/has_unknown", "value": true}]),
	json.patch(method("GetKeyVar", {"AuthorizationType": "NONE", "ApiKeyRequired": {"$unknown": true}}), [{"op": "replace", "path": "/has_unknown", "value": true}]),
]}

test_unknown if {
	count(apigateway_authorization.deny) == 0 with input as unknown_input
	count(apigateway_authorization.unknown) == 2 with input as unknown_input
}

rest_api(body) := {"resources": [{"address": "ServerlessRestApi", "type": "AWS::ApiGateway::RestApi", "has_unknown": false, "properties": {"Body": body}}]}

test_openapi_operation_without_security if {
	fs := apigateway_authorization.deny with input as rest_api({"swagger": "2.0", "paths": {
		"/orders": {"get": {"responses": {}}, "options": {"responses": {}}},
		"/orders/{id}": {"delete": {"security": [{"AWS_IAM": []}]}, "parameters": []},
	}})
	{[f.path, f.msg] | some f in fs} == {[["Body", "paths", "/orders", "get"], "ServerlessRestApi (GET /orders) requires no authorization: anyone can call it"]}
}

test_openapi_document_security_applies_unless_opted_out if {
	fs := apigateway_authorization.deny with input as rest_api({"openapi": "3.0.1", "security": [{"UsersPool": []}], "paths": {
		"/orders": {"get": {}, "post": {"security": []}},
		"/health": {"x-amazon-apigateway-any-method": {"security": [{}]}},
	}})
	{f.path | some f in fs} == {["Body", "paths", "/orders", "post"], ["Body", "paths", "/health", "x-amazon-apigateway-any-method"]}
}

test_openapi_body_unknown_or_elsewhere if {
	count(apigateway_authorization.deny) == 0 with input as rest_api({"$unknown": true})
	count(apigateway_authorization.deny) == 0 with input as {"resources": [{"address": "Api", "type": "AWS::ApiGateway::RestApi", "has_unknown": false, "properties": {"BodyS3Location": {"Bucket": "b", "Key": "api.yaml"}}}]}
}
