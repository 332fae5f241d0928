# METADATA
# title: ElastiCache Redis cluster takes no automatic backups
# description: |
#   ElastiCache takes no automatic snapshots unless a retention is set, so a Redis or Valkey cache
#   that holds state (sessions, queues, data not kept elsewhere) cannot be restored after loss.
#   Memcached has no backups and is not checked.
# custom:
#   id: AWS-EC-080
#   severity: medium
#   resource_types: [AWS::ElastiCache::ReplicationGroup, AWS::ElastiCache::CacheCluster]
#   remediation: Keep automatic snapshots for at least one day.
#   terraform: |
#     resource "aws_elasticache_replication_group" "main" {
#       snapshot_retention_limit = 7
#       snapshot_window          = "03:00-05:00"
#     }
#   cloudformation: |
#     Cache:
#       Type: AWS::ElastiCache::ReplicationGroup
#       Properties:
#         SnapshotRetentionLimit: 7
#   cis: []
#   fsbp: ["ElastiCache.1"]
package iacvet.rules.elasticache_backups

import data.iacvet.lib

path := ["SnapshotRetentionLimit"]

# redis holds for engines with backups: a replication group is Redis unless
# it names another engine; a cache cluster always names its engine.
redis(r) if {
	r.type == "AWS::ElastiCache::ReplicationGroup"
	not r.properties.Engine
}

redis(r) if lower(r.properties.Engine) in {"redis", "valkey"}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	redis(r)
	lib.number(r.properties.SnapshotRetentionLimit) == 0
	msg := sprintf("%s takes no automatic backups (snapshot retention 0)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	redis(r)
	lib.missing(r, path)
	msg := sprintf("%s takes no automatic backups (no snapshot retention set)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	redis(r)
	lib.is_unknown(r.properties.SnapshotRetentionLimit)
	msg := sprintf("%s: the snapshot retention is known only after apply", [r.address])
}
