# METADATA
# title: Neptune cluster does not copy tags to snapshots
# description: |
#   Snapshots of a Neptune cluster that does not copy its tags (AWS's default when CopyTagsToSnapshot is not set) lose the owner, data classification and cost tags that access policies, backups and audits rely on.
# custom:
#   id: AWS-NEP-002
#   severity: low
#   resource_types: [AWS::Neptune::DBCluster]
#   remediation: Set CopyTagsToSnapshot (copy_tags_to_snapshot) to true.
#   terraform: |
#     resource "aws_neptune_cluster" "graph" {
#       # ...
#       copy_tags_to_snapshot = true
#     }
#   cloudformation: |
#     Graph:
#       Type: AWS::Neptune::DBCluster
#       Properties:
#         # ...
#         CopyTagsToSnapshot: true
#   cis: []
#   fsbp: ["Neptune.8"]
package iacvet.rules.neptune_copy_tags

import data.iacvet.lib

path := ["CopyTagsToSnapshot"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not copy its tags to its snapshots", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not copy its tags to its snapshots (CopyTagsToSnapshot is not set)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it copies tags to snapshots is known only after apply", [r.address])
}
