# METADATA
# title: OpenSearch domain does not enforce HTTPS
# description: |
#   A domain that accepts HTTP lets requests, credentials and results travel in the clear.
# custom:
#   id: AWS-OS-003
#   severity: high
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Enforce HTTPS with a TLS 1.2 policy.
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       domain_endpoint_options {
#         enforce_https       = true
#         tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         DomainEndpointOptions:
#           EnforceHTTPS: true
#   cis: []
#   fsbp: ["Opensearch.8", "ES.8"]
package iacvet.rules.opensearch_https

import data.iacvet.lib

path := ["DomainEndpointOptions", "EnforceHTTPS"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s accepts plain HTTP", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s accepts plain HTTP", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
