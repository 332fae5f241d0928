# METADATA
# title: ElastiCache replication group is not encrypted at rest
# description: |
#   Without encryption at rest, cache data on disk (swap, backups, snapshots) is stored in the clear.
# custom:
#   id: AWS-EC-001
#   severity: medium
#   resource_types: [AWS::ElastiCache::ReplicationGroup]
#   remediation: Enable encryption at rest.
#   terraform: |
#     resource "aws_elasticache_replication_group" "cache" {
#       at_rest_encryption_enabled = true
#     }
#   cloudformation: |
#     Cache:
#       Type: AWS::ElastiCache::ReplicationGroup
#       Properties:
#         AtRestEncryptionEnabled: true
#   cis: []
#   fsbp: ["ElastiCache.4"]
package iacvet.rules.elasticache_at_rest

import data.iacvet.lib

path := ["AtRestEncryptionEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not encrypt data at rest", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not encrypt data at rest", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
