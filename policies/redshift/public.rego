# METADATA
# title: Redshift cluster is publicly accessible
# description: |
#   A publicly accessible cluster gets a public address reachable from the internet wherever its security groups allow.
# custom:
#   id: AWS-RS-002
#   severity: critical
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Set publicly accessible to false.
#   terraform: |
#     resource "aws_redshift_cluster" "dw" {
#       publicly_accessible = false
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         PubliclyAccessible: false
#   cis: []
#   fsbp: ["Redshift.1"]
package iacvet.rules.redshift_public

import data.iacvet.lib

path := ["PubliclyAccessible"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.is_true(lib.at(r.properties, path))
	msg := sprintf("%s is publicly accessible", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
