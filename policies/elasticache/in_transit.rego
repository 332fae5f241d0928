# METADATA
# title: ElastiCache replication group is not encrypted in transit
# description: |
#   Without in-transit encryption, clients and replicas exchange cache data and credentials in the clear.
# custom:
#   id: AWS-EC-002
#   severity: medium
#   resource_types: [AWS::ElastiCache::ReplicationGroup]
#   remediation: Enable in-transit encryption.
#   terraform: |
#     resource "aws_elasticache_replication_group" "cache" {
#       transit_encryption_enabled = true
#     }
#   cloudformation: |
#     Cache:
#       Type: AWS::ElastiCache::ReplicationGroup
#       Properties:
#         TransitEncryptionEnabled: true
#   cis: []
#   fsbp: ["ElastiCache.5"]
package iacvet.rules.elasticache_in_transit

import data.iacvet.lib

path := ["TransitEncryptionEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not encrypt data in transit", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not encrypt data in transit", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
