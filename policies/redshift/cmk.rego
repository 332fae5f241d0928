# METADATA
# title: Redshift cluster is not encrypted with a customer managed KMS key
# description: |
#   A Redshift cluster without KmsKeyId is encrypted with a key AWS manages (new clusters are encrypted by default), which a key policy of yours cannot restrict and which cannot be disabled to cut off access to the warehouse, its snapshots and its cross-region copies. Clusters that are explicitly unencrypted are AWS-RS-001's concern.
# custom:
#   id: AWS-RS-040
#   severity: low
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Set KmsKeyId to a customer managed KMS key (changing the key migrates the cluster).
#   terraform: |
#     resource "aws_redshift_cluster" "dw" {
#       encrypted  = true
#       kms_key_id = aws_kms_key.redshift.arn
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         Encrypted: true
#         KmsKeyId: !GetAtt RedshiftKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.redshift_cmk

import data.iacvet.lib

path := ["KmsKeyId"]

# aws_managed holds for an AWS managed key named by alias (alias/aws/...),
# alone or in an ARN.
aws_managed(k) if {
	is_string(k)
	contains(k, "alias/aws/")
}

unencrypted(r) if lib.is_false(lib.get(r.properties, "Encrypted", null))

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not unencrypted(r)
	lib.missing(r, path)
	msg := sprintf("Redshift cluster %s is not encrypted with a customer managed KMS key", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not unencrypted(r)
	aws_managed(lib.at(r.properties, path))
	msg := sprintf("Redshift cluster %s is not encrypted with a customer managed KMS key (an AWS managed key)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	not unencrypted(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("Redshift cluster %s: its encryption key is known only after apply", [r.address])
}
