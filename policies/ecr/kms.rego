# METADATA
# title: ECR repository is not encrypted with KMS
# description: |
#   Repositories encrypted with AES256 use keys you cannot restrict or audit; a KMS key adds an auditable access control.
# custom:
#   id: AWS-ECR-003
#   severity: low
#   resource_types: [AWS::ECR::Repository]
#   remediation: Use KMS encryption.
#   terraform: |
#     resource "aws_ecr_repository" "app" {
#       encryption_configuration {
#         encryption_type = "KMS"
#         kms_key         = aws_kms_key.ecr.arn
#       }
#     }
#   cloudformation: |
#     Repo:
#       Type: AWS::ECR::Repository
#       Properties:
#         EncryptionConfiguration:
#           EncryptionType: KMS
#   cis: []
#   fsbp: []
package iacvet.rules.ecr_kms

import data.iacvet.lib

path := ["EncryptionConfiguration", "EncryptionType"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s is not encrypted with a KMS key", [r.address])
}

allowed := {"KMS", "KMS_DSSE"}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	not v in allowed
	msg := sprintf("%s is not encrypted with a KMS key (%s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
