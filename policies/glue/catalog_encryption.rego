# METADATA
# title: Glue Data Catalog is not encrypted at rest
# description: |
#   With the catalog encryption mode DISABLED (the default), the Data Catalog's databases, tables, partitions and connection definitions, which describe where data lives and how to reach it, are stored without encryption under a key of yours. SSE-KMS encrypts them with a KMS key.
# custom:
#   id: AWS-GLUE-040
#   severity: medium
#   resource_types: [AWS::Glue::DataCatalogEncryptionSettings]
#   remediation: Set the catalog encryption mode to SSE-KMS (with a KMS key).
#   terraform: |
#     resource "aws_glue_data_catalog_encryption_settings" "main" {
#       data_catalog_encryption_settings {
#         connection_password_encryption {
#           return_connection_password_encrypted = true
#           aws_kms_key_id                       = aws_kms_key.glue.arn
#         }
#         encryption_at_rest {
#           catalog_encryption_mode = "SSE-KMS"
#           sse_aws_kms_key_id      = aws_kms_key.glue.arn
#         }
#       }
#     }
#   cloudformation: |
#     CatalogEncryption:
#       Type: AWS::Glue::DataCatalogEncryptionSettings
#       Properties:
#         CatalogId: !Ref AWS::AccountId
#         DataCatalogEncryptionSettings:
#           EncryptionAtRest:
#             CatalogEncryptionMode: SSE-KMS
#             SseAwsKmsKeyId: !GetAtt GlueKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.glue_catalog_encryption

import data.iacvet.lib

path := ["DataCatalogEncryptionSettings", "EncryptionAtRest", "CatalogEncryptionMode"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("Glue Data Catalog encryption settings %s leave the catalog unencrypted at rest", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	upper(v) == "DISABLED"
	msg := sprintf("Glue Data Catalog encryption settings %s leave the catalog unencrypted at rest (mode DISABLED)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("Glue Data Catalog encryption settings %s: the catalog encryption mode is known only after apply", [r.address])
}
