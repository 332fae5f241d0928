package iacvet.rules.apigateway_execution_logging_test

import data.iacvet.rules.apigateway_execution_logging as rule

stage(settings) := {"resources": [{
	"address": "ProdStage",
	"type": "AWS::ApiGateway::Stage",
	"partial": false,
	"has_unknown": false,
	"properties": {"StageName": "prod", "RestApiId": "a1b2c3d4e5", "MethodSettings": settings},
}]}

all(level) := {"ResourcePath": "/*", "HttpMethod": "*", "LoggingLevel": level}

test_none_fails if {
	count(rule.deny) == 1 with input as stage([])
	count(rule.deny) == 1 with input as stage([all("OFF")])
	count(rule.deny) == 1 with input as stage([{"ResourcePath": "/orders", "HttpMethod": "GET", "LoggingLevel": "INFO"}])
}

test_method_off_fails if {
	res := rule.deny with input as stage([all("ERROR"), {"ResourcePath": "/health", "HttpMethod": "GET", "LoggingLevel": "OFF"}])
	count(res) == 1
	some f in res
	f.path == ["MethodSettings", 1, "LoggingLevel"]
}

test_logging_passes if {
	count(rule.deny) == 0 with input as stage([all("ERROR")])
	count(rule.deny) == 0 with input as stage([all("INFO"), {"ResourcePath": "/orders", "HttpMethod": "POST", "LoggingLevel": "ERROR"}])
}

test_partial_is_not_judged if {
	inp := json.patch(stage([]), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(rule.deny) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(stage([all({"$unknown": true})]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
