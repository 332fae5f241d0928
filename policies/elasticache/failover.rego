# METADATA
# title: ElastiCache replication group has no automatic failover
# description: |
#   Without automatic failover (off by default) the loss of the primary node takes the cache down
#   until someone promotes a replica by hand.
# custom:
#   id: AWS-EC-081
#   severity: low
#   resource_types: [AWS::ElastiCache::ReplicationGroup]
#   remediation: Enable automatic failover (and Multi-AZ) with at least one replica.
#   terraform: |
#     resource "aws_elasticache_replication_group" "main" {
#       num_cache_clusters         = 2
#       automatic_failover_enabled = true
#       multi_az_enabled           = true
#     }
#   cloudformation: |
#     Cache:
#       Type: AWS::ElastiCache::ReplicationGroup
#       Properties:
#         NumCacheClusters: 2
#         AutomaticFailoverEnabled: true
#         MultiAZEnabled: true
#   cis: []
#   fsbp: ["ElastiCache.3"]
package iacvet.rules.elasticache_failover

import data.iacvet.lib

path := ["AutomaticFailoverEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not fail over automatically", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not fail over automatically", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
