package iacvet.rules.elasticache_at_rest_test

import data.iacvet.rules.elasticache_at_rest

fail_input := {
 "resources": [
  {
   "address": "Cache",
   "type": "AWS::ElastiCache::ReplicationGroup",
   "name": "Cache",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ReplicationGroupDescription": "cache",
    "Engine": "redis",
    "CacheNodeType": "cache.t4g.small",
    "NumCacheClusters": 2,
    "TransitEncryptionEnabled": true
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Cache",
   "type": "AWS::ElastiCache::ReplicationGroup",
   "name": "Cache",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ReplicationGroupDescription": "cache",
    "Engine": "redis",
    "CacheNodeType": "cache.t4g.small",
    "NumCacheClusters": 2,
    "TransitEncryptionEnabled": true,
    "AtRestEncryptionEnabled": "true"
   }
  }
 ]
}

test_fail if {
	count(elasticache_at_rest.deny) > 0 with input as fail_input
}

test_pass if {
	count(elasticache_at_rest.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/AtRestEncryptionEnabled", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(elasticache_at_rest.deny) == 0 with input as unknown_input
	count(elasticache_at_rest.unknown) > 0 with input as unknown_input
}
