# METADATA
# title: OpenSearch domain is not encrypted at rest
# description: |
#   Without encryption at rest, indices, logs, swap and snapshots of the domain are stored in the clear.
# custom:
#   id: AWS-OS-001
#   severity: high
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Enable encryption at rest.
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       encrypt_at_rest {
#         enabled = true
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         EncryptionAtRestOptions:
#           Enabled: true
#   cis: []
#   fsbp: ["Opensearch.1", "ES.1"]
package iacvet.rules.opensearch_at_rest

import data.iacvet.lib

path := ["EncryptionAtRestOptions", "Enabled"]

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
