package iacvet.rules.elasticache_in_transit_test

import data.iacvet.rules.elasticache_in_transit

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
    "AtRestEncryptionEnabled": true
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
    "AtRestEncryptionEnabled": true,
    "TransitEncryptionEnabled": true
   }
  }
 ]
}

test_fail if {
	count(elasticache_in_transit.deny) > 0 with input as fail_input
}

test_pass if {
	count(elasticache_in_transit.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/TransitEncryptionEnabled", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(elasticache_in_transit.deny) == 0 with input as unknown_input
	count(elasticache_in_transit.unknown) > 0 with input as unknown_input
}
