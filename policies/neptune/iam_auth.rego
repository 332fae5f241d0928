# METADATA
# title: Neptune cluster does not use IAM database authentication
# description: |
#   Without IAM database authentication (off unless IamAuthEnabled is true) anyone who reaches a Neptune endpoint in the VPC can query the graph: Neptune has no database users of its own, so IAM is the only way to require signed, authorized requests.
# custom:
#   id: AWS-NEP-001
#   severity: medium
#   resource_types: [AWS::Neptune::DBCluster]
#   remediation: Set IamAuthEnabled (iam_database_authentication_enabled) to true and allow the neptune-db actions the clients need in their roles.
#   terraform: |
#     resource "aws_neptune_cluster" "graph" {
#       # ...
#       iam_database_authentication_enabled = true
#     }
#   cloudformation: |
#     Graph:
#       Type: AWS::Neptune::DBCluster
#       Properties:
#         # ...
#         IamAuthEnabled: true
#   cis: []
#   fsbp: ["Neptune.7"]
package iacvet.rules.neptune_iam_auth

import data.iacvet.lib

path := ["IamAuthEnabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s accepts unauthenticated requests (IAM database authentication is off)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s accepts unauthenticated requests (IAM database authentication is off) (IamAuthEnabled is not set)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it uses IAM database authentication is known only after apply", [r.address])
}
