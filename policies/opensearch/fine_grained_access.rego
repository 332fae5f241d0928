# METADATA
# title: OpenSearch domain has no fine-grained access control
# description: |
#   Without fine-grained access control, anyone the domain's access policy lets in can read and write every index, document and field, and change cluster settings: there are no users, roles or index- and field-level permissions, and OpenSearch Dashboards has no login of its own. It is off unless AdvancedSecurityOptions enables it, and can only be enabled on domains with encryption at rest, node-to-node encryption and HTTPS enforced.
# custom:
#   id: AWS-OS-005
#   severity: medium
#   resource_types: [AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain]
#   remediation: Enable fine-grained access control with an IAM master user (or an internal user database) and map roles to least-privilege permissions.
#   terraform: |
#     resource "aws_opensearch_domain" "search" {
#       advanced_security_options {
#         enabled                        = true
#         internal_user_database_enabled = false
#         master_user_options {
#           master_user_arn = aws_iam_role.search_admin.arn
#         }
#       }
#     }
#   cloudformation: |
#     Search:
#       Type: AWS::OpenSearchService::Domain
#       Properties:
#         AdvancedSecurityOptions:
#           Enabled: true
#           InternalUserDatabaseEnabled: false
#           MasterUserOptions:
#             MasterUserARN: !GetAtt SearchAdmin.Arn
#   cis: []
#   fsbp: ["Opensearch.7"]
package iacvet.rules.opensearch_fine_grained_access

import data.iacvet.lib

path := ["AdvancedSecurityOptions", "Enabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has no fine-grained access control", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.is_false(lib.at(r.properties, path))
	msg := sprintf("%s has fine-grained access control disabled", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether fine-grained access control is enabled is known only after apply", [r.address])
}
