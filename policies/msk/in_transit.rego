# METADATA
# title: MSK cluster allows plaintext traffic
# description: |
#   An MSK cluster whose client-broker encryption is PLAINTEXT or TLS_PLAINTEXT accepts unencrypted client connections, and one with in-cluster encryption turned off replicates data between brokers in the clear. The defaults (TLS, in-cluster encryption on) are compliant; in-cluster encryption cannot be changed after creation.
# custom:
#   id: AWS-MSK-040
#   severity: medium
#   resource_types: [AWS::MSK::Cluster]
#   remediation: Use TLS for client-broker traffic and keep in-cluster encryption enabled.
#   terraform: |
#     resource "aws_msk_cluster" "events" {
#       encryption_info {
#         encryption_in_transit {
#           client_broker = "TLS"
#           in_cluster    = true
#         }
#       }
#     }
#   cloudformation: |
#     Events:
#       Type: AWS::MSK::Cluster
#       Properties:
#         EncryptionInfo:
#           EncryptionInTransit:
#             ClientBroker: TLS
#             InCluster: true
#   cis: []
#   fsbp: ["MSK.1"]
package iacvet.rules.msk_in_transit

import data.iacvet.lib

client_path := ["EncryptionInfo", "EncryptionInTransit", "ClientBroker"]

cluster_path := ["EncryptionInfo", "EncryptionInTransit", "InCluster"]

deny contains lib.finding(r, msg, client_path) if {
	some r in input.resources
	v := lib.at(r.properties, client_path)
	is_string(v)
	v != ""
	upper(v) != "TLS"
	msg := sprintf("MSK cluster %s accepts plaintext client connections (client-broker encryption %s)", [r.address, v])
}

deny contains lib.finding(r, msg, cluster_path) if {
	some r in input.resources
	lib.is_false(lib.at(r.properties, cluster_path))
	msg := sprintf("MSK cluster %s does not encrypt traffic between brokers", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	some path in [client_path, cluster_path]
	lib.unknown_at(r.properties, path)
	msg := sprintf("MSK cluster %s: encryption in transit is known only after apply", [r.address])
}
