# METADATA
# title: OpenSearch domain endpoint accepts TLS 1.0 and 1.1
# description: |
#   The security policy Policy-Min-TLS-1-0-2019-07 lets clients reach the domain endpoint over TLS 1.0 and 1.1, whose cipher suites (CBC with SHA-1, no AEAD) are deprecated and fail PCI DSS and most compliance baselines. Policy-Min-TLS-1-2-2019-07 or Policy-Min-TLS-1-2-PFS-2023-10 require TLS 1.2 or later.
# custom:
#   id: AWS-OS-041
#   severity: medium
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Set the domain endpoint's TLS security policy to Policy-Min-TLS-1-2-PFS-2023-10.
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       domain_endpoint_options {
#         enforce_https       = true
#         tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         DomainEndpointOptions:
#           EnforceHTTPS: true
#           TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10
#   cis: []
#   fsbp: ["Opensearch.8"]
package iacvet.rules.opensearch_tls_policy

import data.iacvet.lib

path := ["DomainEndpointOptions", "TLSSecurityPolicy"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	startswith(v, "Policy-Min-TLS-1-0-")
	msg := sprintf("%s accepts TLS 1.0 and 1.1 (%s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its TLS security policy is known only after apply", [r.address])
}
