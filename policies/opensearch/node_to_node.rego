# METADATA
# title: OpenSearch domain does not encrypt node-to-node traffic
# description: |
#   Without node-to-node encryption, data moves between the domain's nodes in the clear.
# custom:
#   id: AWS-OS-002
#   severity: medium
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Enable node-to-node encryption.
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       node_to_node_encryption {
#         enabled = true
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         NodeToNodeEncryptionOptions:
#           Enabled: true
#   cis: []
#   fsbp: ["Opensearch.3", "ES.3"]
package iacvet.rules.opensearch_node_to_node

import data.iacvet.lib

path := ["NodeToNodeEncryptionOptions", "Enabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not encrypt traffic between nodes", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not encrypt traffic between nodes", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
