# METADATA
# title: Neptune cluster has no deletion protection
# description: |
#   Without deletion protection (off by default) a cluster and its automated backups are lost to one
#   mistaken delete or a replacement in a plan.
# custom:
#   id: AWS-NEP-081
#   severity: low
#   resource_types: [AWS::Neptune::DBCluster]
#   remediation: Enable deletion protection.
#   terraform: |
#     resource "aws_neptune_cluster" "main" {
#       deletion_protection = true
#     }
#   cloudformation: |
#     Cluster:
#       Type: AWS::Neptune::DBCluster
#       Properties:
#         DeletionProtection: true
#   cis: []
#   fsbp: ["Neptune.4"]
package iacvet.rules.neptune_deletion_protection

import data.iacvet.lib

path := ["DeletionProtection"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has no deletion protection", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s has no deletion protection", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
