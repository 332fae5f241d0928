package iacvet.rules.elasticache_backups_test

import data.iacvet.rules.elasticache_backups

default_input := {
 "resources": [
  {
   "address": "C",
   "type": "AWS::ElastiCache::ReplicationGroup",
   "name": "C",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ReplicationGroupDescription": "x"
   }
  }
 ]
}

test_default if {
	count(elasticache_backups.deny) == 1 with input as default_input
}

zero_input := {
 "resources": [
  {
   "address": "C",
   "type": "AWS::ElastiCache::CacheCluster",
   "name": "C",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "redis",
    "SnapshotRetentionLimit": 0
   }
  }
 ]
}

test_zero if {
	count(elasticache_backups.deny) == 1 with input as zero_input
}

memcached_input := {
 "resources": [
  {
   "address": "C",
   "type": "AWS::ElastiCache::CacheCluster",
   "name": "C",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "memcached"
   }
  }
 ]
}

test_memcached if {
	count(elasticache_backups.deny) == 0 with input as memcached_input
	count(elasticache_backups.unknown) == 0 with input as memcached_input
}

pass_input := {
 "resources": [
  {
   "address": "C",
   "type": "AWS::ElastiCache::ReplicationGroup",
   "name": "C",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "valkey",
    "SnapshotRetentionLimit": "5"
   }
  }
 ]
}

test_pass if {
	count(elasticache_backups.deny) == 0 with input as pass_input
	count(elasticache_backups.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "C",
   "type": "AWS::ElastiCache::ReplicationGroup",
   "name": "C",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "SnapshotRetentionLimit": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(elasticache_backups.deny) == 0 with input as unknown_input
	count(elasticache_backups.unknown) == 1 with input as unknown_input
}
