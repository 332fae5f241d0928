# METADATA
# title: RDS cluster does not copy tags to snapshots
# description: |
#   Snapshots of a DB cluster that does not copy its tags (AWS's default when CopyTagsToSnapshot is not set) lose the owner, data classification and cost tags that access policies, backups and audits rely on.
# custom:
#   id: AWS-RDS-009
#   severity: low
#   resource_types: [AWS::RDS::DBCluster]
#   remediation: Set CopyTagsToSnapshot (copy_tags_to_snapshot) to true on the cluster.
#   terraform: |
#     resource "aws_rds_cluster" "main" {
#       # ...
#       copy_tags_to_snapshot = true
#     }
#   cloudformation: |
#     Cluster:
#       Type: AWS::RDS::DBCluster
#       Properties:
#         # ...
#         CopyTagsToSnapshot: true
#   cis: []
#   fsbp: ["RDS.16"]
package iacvet.rules.rds_copy_tags_cluster

import data.iacvet.lib

path := ["CopyTagsToSnapshot"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	off(r)
	msg := sprintf("%s does not copy its tags to its snapshots", [r.address])
}

off(r) if lib.missing(r, path)

off(r) if {
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it copies tags to snapshots is known only after apply", [r.address])
}
