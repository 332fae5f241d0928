# METADATA
# title: DAX cluster endpoint is not encrypted in transit
# description: |
#   A DynamoDB Accelerator cluster whose endpoint encryption type is NONE (the default) serves cached items to clients over plain TCP; TLS can only be chosen when the cluster is created.
# custom:
#   id: AWS-DAX-041
#   severity: medium
#   resource_types: [AWS::DAX::Cluster]
#   remediation: Create the cluster with the TLS endpoint encryption type (and use a DAX client that connects with daxs://).
#   terraform: |
#     resource "aws_dax_cluster" "cache" {
#       cluster_endpoint_encryption_type = "TLS"
#     }
#   cloudformation: |
#     Cache:
#       Type: AWS::DAX::Cluster
#       Properties:
#         ClusterEndpointEncryptionType: TLS
#   cis: []
#   fsbp: ["DynamoDB.7"]
package iacvet.rules.dax_in_transit

import data.iacvet.lib

path := ["ClusterEndpointEncryptionType"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("DAX cluster %s serves clients without TLS (endpoint encryption defaults to NONE)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	v != ""
	upper(v) != "TLS"
	msg := sprintf("DAX cluster %s serves clients without TLS (endpoint encryption %s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("DAX cluster %s: endpoint encryption is known only after apply", [r.address])
}
