package iacvet.rules.apigateway_cache_encryption_test

import data.iacvet.rules.apigateway_cache_encryption as rule

stage(settings) := {"resources": [{
	"address": "ProdStage",
	"type": "AWS::ApiGateway::Stage",
	"partial": false,
	"has_unknown": false,
	"properties": {"StageName": "prod", "CacheClusterEnabled": true, "MethodSettings": settings},
}]}

test_unencrypted_fails if {
	count(rule.deny) == 1 with input as stage([{"ResourcePath": "/*", "HttpMethod": "*", "CachingEnabled": true}])
	count(rule.deny) == 1 with input as stage([{"ResourcePath": "/orders", "HttpMethod": "GET", "CachingEnabled": "true", "CacheDataEncrypted": false}])
}

test_encrypted_passes if {
	count(rule.deny) == 0 with input as stage([{"ResourcePath": "/*", "HttpMethod": "*", "CachingEnabled": true, "CacheDataEncrypted": true}])
}

test_no_caching_passes if {
	count(rule.deny) == 0 with input as stage([{"ResourcePath": "/*", "HttpMethod": "*", "LoggingLevel": "ERROR"}])
	count(rule.deny) == 0 with input as stage([{"ResourcePath": "/*", "HttpMethod": "*", "CachingEnabled": false, "CacheDataEncrypted": false}])
}

test_unknown if {
	inp := json.patch(stage([{"ResourcePath": "/*", "HttpMethod": "*", "CachingEnabled": true, "CacheDataEncrypted": {"$unknown": true}}]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
