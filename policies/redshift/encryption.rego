# METADATA
# title: Redshift cluster is not encrypted
# description: |
#   An unencrypted Redshift cluster stores its data, snapshots and backups in the clear.
# custom:
#   id: AWS-RS-001
#   severity: high
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Enable encryption (with a KMS key).
#   terraform: |
#     resource "aws_redshift_cluster" "dw" {
#       encrypted = true
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         Encrypted: true
#   cis: []
#   fsbp: ["Redshift.10"]
package iacvet.rules.redshift_encryption

import data.iacvet.lib

path := ["Encrypted"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s is not encrypted at rest", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s is not encrypted at rest", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
