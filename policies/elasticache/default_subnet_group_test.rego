package iacvet.rules.elasticache_default_subnet_group_test

import data.iacvet.rules.elasticache_default_subnet_group

res(type, props) := {"resources": [{
	"address": "Cache", "type": type, "name": "Cache", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"Engine": "redis", "CacheNodeType": "cache.t4g.small"}, props),
}]}

test_fail_unset if {
	count(elasticache_default_subnet_group.deny) == 1 with input as res("AWS::ElastiCache::ReplicationGroup", {})
}

test_fail_default if {
	count(elasticache_default_subnet_group.deny) == 1 with input as res("AWS::ElastiCache::CacheCluster", {"CacheSubnetGroupName": "default"})
}

test_pass if {
	count(elasticache_default_subnet_group.deny) == 0 with input as res("AWS::ElastiCache::CacheCluster", {"CacheSubnetGroupName": "cache-private"})
}

test_pass_group_member if {
	count(elasticache_default_subnet_group.deny) == 0 with input as res("AWS::ElastiCache::CacheCluster", {"ReplicationGroupId": "sessions"})
}

test_pass_reference if {
	inp := json.patch(res("AWS::ElastiCache::ReplicationGroup", {"CacheSubnetGroupName": {"$unknown": true, "$ref": "CacheSubnets"}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(elasticache_default_subnet_group.deny) == 0 with input as inp
	count(elasticache_default_subnet_group.unknown) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(res("AWS::ElastiCache::ReplicationGroup", {"CacheSubnetGroupName": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(elasticache_default_subnet_group.deny) == 0 with input as inp
	count(elasticache_default_subnet_group.unknown) == 1 with input as inp
}
