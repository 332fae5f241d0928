# METADATA
# title: ElastiCache Redis replication group has no authentication
# description: |
#   A Redis replication group without an AUTH token or RBAC user group accepts commands from anyone who can reach it.
# custom:
#   id: AWS-EC-003
#   severity: high
#   resource_types: [AWS::ElastiCache::ReplicationGroup]
#   remediation: Set an AUTH token (from a secret) or attach an RBAC user group.
#   terraform: |
#     resource "aws_elasticache_replication_group" "cache" {
#       auth_token = var.redis_auth_token
#     }
#   cloudformation: |
#     Cache:
#       Type: AWS::ElastiCache::ReplicationGroup
#       Properties:
#         AuthToken: '{{resolve:secretsmanager:redis-auth}}'
#   cis: []
#   fsbp: ["ElastiCache.6"]
package iacvet.rules.elasticache_auth

import data.iacvet.lib

path := ["AuthToken"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lower(lib.get(r.properties, "Engine", "redis")) in {"redis", "valkey"}
	lib.missing(r, path)
	lib.missing(r, ["UserGroupIds"])
	msg := sprintf("replication group %s has neither an AUTH token nor an RBAC user group", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.AuthToken)
	msg := sprintf("replication group %s: authentication is known only after apply", [r.address])
}
