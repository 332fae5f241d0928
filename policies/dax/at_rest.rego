# METADATA
# title: DAX cluster is not encrypted at rest
# description: |
#   A DynamoDB Accelerator cluster without server-side encryption keeps cached table data, configuration and logs on its nodes' disks in the clear, and encryption can only be chosen when the cluster is created. SSESpecification defaults to disabled.
# custom:
#   id: AWS-DAX-040
#   severity: medium
#   resource_types: [AWS::DAX::Cluster]
#   remediation: Create the cluster with server-side encryption enabled.
#   terraform: |
#     resource "aws_dax_cluster" "cache" {
#       server_side_encryption {
#         enabled = true
#       }
#     }
#   cloudformation: |
#     Cache:
#       Type: AWS::DAX::Cluster
#       Properties:
#         SSESpecification:
#           SSEEnabled: true
#   cis: []
#   fsbp: ["DynamoDB.3"]
package iacvet.rules.dax_at_rest

import data.iacvet.lib

path := ["SSESpecification", "SSEEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("DAX cluster %s is not encrypted at rest", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	v != null
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("DAX cluster %s is not encrypted at rest", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("DAX cluster %s: encryption at rest is known only after apply", [r.address])
}
