# METADATA
# title: OpenSearch domain access policy lets anyone in
# description: |
#   A public-endpoint domain whose access policy allows principal * (or uses NotPrincipal) without a condition that restricts the caller, such as aws:SourceIp, lets anyone on the internet send requests to it, and without fine-grained access control those requests need no credentials: indexes can be read, changed or deleted. Domains in a VPC (reached only through their security groups) and domains with fine-grained access control (which authenticate every request) are left to AWS-OS-004 and AWS-OS-005.
# custom:
#   id: AWS-OS-020
#   severity: critical
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Name the principals in the access policy, restrict principal * with aws:SourceIp, or move the domain into a VPC.
#   terraform: |
#     resource "aws_opensearch_domain_policy" "search" {
#       domain_name = aws_opensearch_domain.search.domain_name
#       access_policies = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Effect": "Allow",
#             "Principal": {"AWS": "arn:aws:iam::111122223333:role/search-app"},
#             "Action": "es:ESHttp*",
#             "Resource": "arn:aws:es:us-east-1:111122223333:domain/search/*"
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         AccessPolicies:
#           Version: '2012-10-17'
#           Statement:
#           - Effect: Allow
#             Principal:
#               AWS: arn:aws:iam::111122223333:role/search-app
#             Action: es:ESHttp*
#             Resource: arn:aws:es:us-east-1:111122223333:domain/search/*
#   cis: []
#   fsbp: []
package iacvet.rules.opensearch_access_policy_public

import data.iacvet.lib
import data.iacvet.lib.iam

prop := "AccessPolicies"

in_vpc(r) if not lib.empty(lib.get(lib.get(r.properties, "VPCOptions", {}), "SubnetIds", null))

fine_grained(r) if lib.is_true(lib.at(r.properties, ["AdvancedSecurityOptions", "Enabled"]))

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	doc := r.properties[prop]
	not in_vpc(r)
	not fine_grained(r)
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("%s access policy lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	not in_vpc(r)
	not fine_grained(r)
	iam.public_undecided(r.properties[prop])
	msg := sprintf("%s: whether its access policy lets anyone in is known only after apply", [r.address])
}
