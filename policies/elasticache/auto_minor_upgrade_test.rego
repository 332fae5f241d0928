package iacvet.rules.elasticache_auto_minor_upgrade_test

import data.iacvet.rules.elasticache_auto_minor_upgrade

res(props) := {"resources": [{
	"address": "Res", "type": "AWS::ElastiCache::ReplicationGroup", "name": "Res", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(elasticache_auto_minor_upgrade.deny) > 0 with input as res({"ReplicationGroupDescription": "sessions", "Engine": "redis", "CacheNodeType": "cache.t4g.small", "AutoMinorVersionUpgrade": false})
}

test_fail_string if {
	count(elasticache_auto_minor_upgrade.deny) > 0 with input as res({"ReplicationGroupDescription": "sessions", "Engine": "redis", "CacheNodeType": "cache.t4g.small", "AutoMinorVersionUpgrade": "false"})
}

test_pass_explicit if {
	count(elasticache_auto_minor_upgrade.deny) == 0 with input as res({"ReplicationGroupDescription": "sessions", "Engine": "redis", "CacheNodeType": "cache.t4g.small", "AutoMinorVersionUpgrade": true})
}

test_pass_default if {
	count(elasticache_auto_minor_upgrade.deny) == 0 with input as res({"ReplicationGroupDescription": "sessions", "Engine": "redis", "CacheNodeType": "cache.t4g.small"})
}

test_unknown if {
	inp := json.patch(res({"ReplicationGroupDescription": "sessions", "Engine": "redis", "CacheNodeType": "cache.t4g.small", "AutoMinorVersionUpgrade": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(elasticache_auto_minor_upgrade.deny) == 0 with input as inp
	count(elasticache_auto_minor_upgrade.unknown) > 0 with input as inp
}
