# METADATA
# title: ElastiCache cluster does not apply minor version upgrades
# description: |
#   Minor Redis, Valkey and Memcached versions carry security fixes; a cluster or replication group with AutoMinorVersionUpgrade set to false keeps running the version it was created with. AWS's default is true.
# custom:
#   id: AWS-EC-004
#   severity: medium
#   resource_types: [AWS::ElastiCache::CacheCluster, AWS::ElastiCache::ReplicationGroup]
#   remediation: Set AutoMinorVersionUpgrade (auto_minor_version_upgrade) to true, or leave it unset.
#   terraform: |
#     resource "aws_elasticache_replication_group" "sessions" {
#       # ...
#       auto_minor_version_upgrade = true
#     }
#   cloudformation: |
#     Sessions:
#       Type: AWS::ElastiCache::ReplicationGroup
#       Properties:
#         # ...
#         AutoMinorVersionUpgrade: true
#   cis: []
#   fsbp: ["ElastiCache.2"]
package iacvet.rules.elasticache_auto_minor_upgrade

import data.iacvet.lib

path := ["AutoMinorVersionUpgrade"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not upgrade minor engine versions automatically", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it upgrades minor versions is known only after apply", [r.address])
}
