# METADATA
# title: OpenSearch domain is not in a VPC
# description: |
#   A domain outside a VPC has a public endpoint protected only by its access policy.
# custom:
#   id: AWS-OS-004
#   severity: high
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Deploy the domain in private subnets of a VPC.
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       vpc_options {
#         subnet_ids         = [aws_subnet.private.id]
#         security_group_ids = [aws_security_group.search.id]
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         VPCOptions:
#           SubnetIds: [!Ref PrivateSubnet]
#   cis: []
#   fsbp: ["Opensearch.2", "ES.2"]
package iacvet.rules.opensearch_vpc

import data.iacvet.lib

path := ["VPCOptions", "SubnetIds"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s is not deployed in a VPC", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.at(r.properties, path) == ""
	msg := sprintf("%s is not deployed in a VPC", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
