# METADATA
# title: ElastiCache cluster uses the default subnet group
# description: |
#   A cluster or replication group without a subnet group of its own (CacheSubnetGroupName unset or "default") is placed in the default subnet group, which spans the default VPC's subnets: public subnets that were not chosen for the cache and whose routes and network ACLs nobody reviewed for it.
# custom:
#   id: AWS-EC-060
#   severity: medium
#   resource_types: [AWS::ElastiCache::CacheCluster, AWS::ElastiCache::ReplicationGroup]
#   remediation: Create a subnet group of private subnets and set CacheSubnetGroupName (subnet_group_name) to it.
#   terraform: |
#     resource "aws_elasticache_subnet_group" "cache" {
#       name       = "cache"
#       subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
#     }
#
#     resource "aws_elasticache_replication_group" "sessions" {
#       # ...
#       subnet_group_name = aws_elasticache_subnet_group.cache.name
#     }
#   cloudformation: |
#     CacheSubnets:
#       Type: AWS::ElastiCache::SubnetGroup
#       Properties:
#         Description: private subnets for the caches
#         SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
#     Sessions:
#       Type: AWS::ElastiCache::ReplicationGroup
#       Properties:
#         # ...
#         CacheSubnetGroupName: !Ref CacheSubnets
#   cis: []
#   fsbp: ["ElastiCache.7"]
package iacvet.rules.elasticache_default_subnet_group

import data.iacvet.lib

path := ["CacheSubnetGroupName"]

# A cache cluster that belongs to a replication group is placed by the group.
judged(r) if r.type == "AWS::ElastiCache::ReplicationGroup"

judged(r) if {
	r.type == "AWS::ElastiCache::CacheCluster"
	lib.empty(lib.get(r.properties, "ReplicationGroupId", null))
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	lib.missing(r, path)
	msg := sprintf("%s is placed in the default subnet group (CacheSubnetGroupName is not set)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	judged(r)
	name := r.properties.CacheSubnetGroupName
	is_string(name)
	lower(name) == "default"
	msg := sprintf("%s is placed in the default subnet group", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	judged(r)
	lib.unknown_at(r.properties, path)
	not has_ref(r.properties.CacheSubnetGroupName)
	msg := sprintf("%s: its subnet group is known only after apply", [r.address])
}

# has_ref holds for a subnet group name that refers to a resource: a subnet
# group of the configuration, never the default one.
has_ref(v) if {
	lib.is_unknown(v)
	is_string(v["$ref"])
	v["$ref"] != ""
}
