# METADATA
# title: Athena workgroup does not encrypt query results
# description: |
#   Query results hold whatever the queries selected, often the most sensitive columns of the data lake, and Athena writes them to S3 as they are unless the workgroup's result configuration names SSE_S3, SSE_KMS or CSE_KMS. With EnforceWorkGroupConfiguration (the default) the workgroup's setting applies to every query.
# custom:
#   id: AWS-ATHENA-040
#   severity: medium
#   resource_types: [AWS::Athena::WorkGroup]
#   remediation: Set the workgroup's result encryption to SSE_KMS (or SSE_S3) and keep the workgroup configuration enforced.
#   terraform: |
#     resource "aws_athena_workgroup" "analysts" {
#       name = "analysts"
#       configuration {
#         enforce_workgroup_configuration = true
#         result_configuration {
#           output_location = "s3://example-athena-results/analysts/"
#           encryption_configuration {
#             encryption_option = "SSE_KMS"
#             kms_key_arn       = aws_kms_key.athena.arn
#           }
#         }
#       }
#     }
#   cloudformation: |
#     Analysts:
#       Type: AWS::Athena::WorkGroup
#       Properties:
#         Name: analysts
#         WorkGroupConfiguration:
#           EnforceWorkGroupConfiguration: true
#           ResultConfiguration:
#             OutputLocation: s3://example-athena-results/analysts/
#             EncryptionConfiguration:
#               EncryptionOption: SSE_KMS
#               KmsKey: !GetAtt AthenaKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.athena_result_encryption

import data.iacvet.lib

path := ["WorkGroupConfiguration", "ResultConfiguration", "EncryptionConfiguration", "EncryptionOption"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not encrypt its query results", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it encrypts query results is known only after apply", [r.address])
}
