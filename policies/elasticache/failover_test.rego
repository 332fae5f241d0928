package iacvet.rules.elasticache_failover_test

import data.iacvet.rules.elasticache_failover

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
    "NumCacheClusters": 2
   }
  }
 ]
}

test_default if {
	count(elasticache_failover.deny) == 1 with input as default_input
}

off_input := {
 "resources": [
  {
   "address": "C",
   "type": "AWS::ElastiCache::ReplicationGroup",
   "name": "C",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AutomaticFailoverEnabled": "false"
   }
  }
 ]
}

test_off if {
	count(elasticache_failover.deny) == 1 with input as off_input
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
    "AutomaticFailoverEnabled": true
   }
  }
 ]
}

test_pass if {
	count(elasticache_failover.deny) == 0 with input as pass_input
	count(elasticache_failover.unknown) == 0 with input as pass_input
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
    "AutomaticFailoverEnabled": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(elasticache_failover.deny) == 0 with input as unknown_input
	count(elasticache_failover.unknown) == 1 with input as unknown_input
}
