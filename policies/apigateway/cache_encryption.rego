# METADATA
# title: API Gateway REST stage caches responses unencrypted
# description: |
#   A method setting that turns caching on (CachingEnabled) without CacheDataEncrypted stores the cached responses, often personal data or tokens returned by the back end, unencrypted on the stage's cache cluster. Cache data is not encrypted unless CacheDataEncrypted is true, and the setting applies to each method (or all methods) separately.
# custom:
#   id: AWS-APIGW-040
#   severity: medium
#   resource_types: [AWS::ApiGateway::Stage]
#   remediation: Set CacheDataEncrypted on every method setting that enables caching.
#   terraform: |
#     resource "aws_api_gateway_method_settings" "all" {
#       rest_api_id = aws_api_gateway_rest_api.orders.id
#       stage_name  = aws_api_gateway_stage.prod.stage_name
#       method_path = "*/*"
#       settings {
#         caching_enabled      = true
#         cache_data_encrypted = true
#         cache_ttl_in_seconds = 300
#       }
#     }
#   cloudformation: |
#     ProdStage:
#       Type: AWS::ApiGateway::Stage
#       Properties:
#         CacheClusterEnabled: true
#         CacheClusterSize: '0.5'
#         MethodSettings:
#           - ResourcePath: /*
#             HttpMethod: '*'
#             CachingEnabled: true
#             CacheDataEncrypted: true
#             CacheTtlInSeconds: 300
#   cis: []
#   fsbp: ["APIGateway.5"]
package iacvet.rules.apigateway_cache_encryption

import data.iacvet.lib

settings(r) := s if {
	s := r.properties.MethodSettings
	is_array(s)
} else := []

deny contains lib.finding(r, msg, ["MethodSettings", i, "CacheDataEncrypted"]) if {
	some r in input.resources
	some i, s in settings(r)
	is_object(s)
	lib.is_true(object.get(s, "CachingEnabled", false))
	v := object.get(s, "CacheDataEncrypted", false)
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("%s caches responses of %v %v unencrypted", [r.address, object.get(s, "HttpMethod", "*"), object.get(s, "ResourcePath", "/*")])
}

unknown contains lib.finding(r, msg, ["MethodSettings", i, "CacheDataEncrypted"]) if {
	some r in input.resources
	r.has_unknown
	some i, s in settings(r)
	is_object(s)
	not lib.is_false(object.get(s, "CachingEnabled", false))
	some k in ["CachingEnabled", "CacheDataEncrypted"]
	lib.is_unknown(object.get(s, k, null))
	msg := sprintf("%s: whether its cached responses are encrypted is known only after apply", [r.address])
}
