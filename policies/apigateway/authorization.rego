# METADATA
# title: API Gateway method or route has no authorization
# description: |
#   A REST API method with authorization type NONE and no API key requirement, or an HTTP/WebSocket API route with authorization type NONE, lets anyone who knows the URL call the backend behind it. APIs defined by an OpenAPI body (SAM's implicit and explicit APIs, `body` in Terraform) are judged per operation: an operation without a security requirement of its own or of the document is open. CORS preflight (OPTIONS) methods and routes are exempt; on WebSocket APIs only the $connect route can carry an authorizer, so the other WebSocket routes are exempt too.
# custom:
#   id: AWS-APIGW-003
#   severity: medium
#   resource_types: [AWS::ApiGateway::Method, AWS::ApiGatewayV2::Route, AWS::ApiGatewayV2::Api, AWS::ApiGateway::RestApi]
#   remediation: Require IAM, a Cognito user pool, a Lambda (custom) or JWT authorizer on every method and route that is not meant to be public.
#   terraform: |
#     resource "aws_api_gateway_method" "get_items" {
#       http_method   = "GET"
#       authorization = "COGNITO_USER_POOLS"
#       authorizer_id = aws_api_gateway_authorizer.users.id
#     }
#
#     resource "aws_apigatewayv2_route" "get_items" {
#       route_key          = "GET /items"
#       authorization_type = "JWT"
#       authorizer_id      = aws_apigatewayv2_authorizer.users.id
#     }
#   cloudformation: |
#     GetItems:
#       Type: AWS::ApiGateway::Method
#       Properties:
#         HttpMethod: GET
#         AuthorizationType: COGNITO_USER_POOLS
#         AuthorizerId: !Ref UsersAuthorizer
#     GetItemsRoute:
#       Type: AWS::ApiGatewayV2::Route
#       Properties:
#         RouteKey: GET /items
#         AuthorizationType: JWT
#         AuthorizerId: !Ref UsersAuthorizer
#   cis: []
#   fsbp: ["APIGateway.8"]
package iacvet.rules.apigateway_authorization

import data.iacvet.lib

path := ["AuthorizationType"]

# none holds for an absent or NONE authorization type.
none(r) if {
	lib.whole(r)
	lib.get(r.properties, "AuthorizationType", null) == null
}

none(r) if {
	v := r.properties.AuthorizationType
	is_string(v)
	upper(v) in {"NONE", ""}
}

# REST API methods: OPTIONS answers CORS preflights and an API key
# requirement is accepted as access control.
judged(r) if {
	r.type == "AWS::ApiGateway::Method"
	not preflight_method(r)
	not lib.is_true(lib.get(r.properties, "ApiKeyRequired", false))
	not lib.is_unknown(lib.get(r.properties, "ApiKeyRequired", false))
}

preflight_method(r) if upper(r.properties.HttpMethod) == "OPTIONS"

# V2 routes: HTTP API routes ("GET /items", "$default") and the WebSocket
# $connect route; other WebSocket routes cannot have an authorizer.
judged(r) if {
	r.type == "AWS::ApiGatewayV2::Route"
	key := r.properties.RouteKey
	is_string(key)
	http_route(key)
	not startswith(upper(key), "OPTIONS ")
}

judged(r) if {
	r.type == "AWS::ApiGatewayV2::Route"
	r.properties.RouteKey == "$connect"
}

judged(r) if {
	r.type == "AWS::ApiGatewayV2::Route"
	r.properties.RouteKey == "$default"
	not websocket_route(r)
}

http_route(key) if contains(key, " ")

# websocket_apis are the addresses of the WebSocket APIs in the input,
# indexed once.
websocket_apis contains r.address if {
	some r in input.resources
	r.type == "AWS::ApiGatewayV2::Api"
	upper(r.properties.ProtocolType) == "WEBSOCKET"
}

# A route's ApiId refers to its API: "Api" (CloudFormation) or
# "aws_apigatewayv2_api.ws.id" (Terraform).
websocket_route(r) if {
	ref := r.properties.ApiId["$ref"]
	some addr in api_addresses(ref)
	addr in websocket_apis
}

api_addresses(ref) := {ref, concat(".", array.slice(parts, 0, count(parts) - 1))} if {
	parts := split(ref, ".")
}

label(r) := sprintf("method %v", [r.properties.HttpMethod]) if r.type == "AWS::ApiGateway::Method"

label(r) := sprintf("route %v", [r.properties.RouteKey]) if r.type == "AWS::ApiGatewayV2::Route"

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	none(r)
	msg := sprintf("%s (%s) requires no authorization: anyone can call it", [r.address, label(r)])
}

# --- OpenAPI bodies ----------------------------------------------------------
# An API defined by an OpenAPI (Swagger 2 or OpenAPI 3) body carries its
# operations and their security requirements in the document.

operation_methods := {"get", "put", "post", "delete", "patch", "head", "x-amazon-apigateway-any-method"}

open_operations(body) := [[p, m] |
	some p, item in body.paths
	is_object(item)
	some m, op in item
	lower(m) in operation_methods
	is_object(op)
	not secured(body, op)
]

# secured holds when an operation has a security requirement: its own, or
# the document's when it has none. An empty list (security: []) opts out.
secured(_, op) if requires(op.security)

secured(body, op) if {
	not "security" in object.keys(op)
	requires(body.security)
}

requires(list) if {
	is_array(list)
	some req in list
	is_object(req)
	count(req) > 0
}

deny contains lib.finding(r, msg, ["Body", "paths", p, m]) if {
	some r in input.resources
	r.type in {"AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api"}
	body := r.properties.Body
	is_object(body)
	some [p, m] in open_operations(body)
	msg := sprintf("%s (%s %s) requires no authorization: anyone can call it", [r.address, upper(m), p])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	r.type in {"AWS::ApiGateway::Method", "AWS::ApiGatewayV2::Route"}
	lib.is_unknown(r.properties.AuthorizationType)
	msg := sprintf("%s: whether it requires authorization is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	r.type == "AWS::ApiGateway::Method"
	none(r)
	not preflight_method(r)
	lib.is_unknown(r.properties.ApiKeyRequired)
	msg := sprintf("%s: whether it requires an API key is known only after apply", [r.address])
}
