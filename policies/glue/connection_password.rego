# METADATA
# title: Glue Data Catalog returns connection passwords unencrypted
# description: |
#   Unless ReturnConnectionPasswordEncrypted is true, GetConnection and GetConnections hand the passwords stored in Glue connections (JDBC and other data-source credentials) to anyone allowed to call them in plain text. With it, they come back encrypted with a KMS key, so reading them also needs kms:Decrypt on that key.
# custom:
#   id: AWS-GLUE-041
#   severity: medium
#   resource_types: [AWS::Glue::DataCatalogEncryptionSettings]
#   remediation: Enable connection password encryption in the Data Catalog encryption settings, with a KMS key.
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
#           ConnectionPasswordEncryption:
#             ReturnConnectionPasswordEncrypted: true
#             KmsKeyId: !GetAtt GlueKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.glue_connection_password

import data.iacvet.lib

path := ["DataCatalogEncryptionSettings", "ConnectionPasswordEncryption", "ReturnConnectionPasswordEncrypted"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("Glue Data Catalog encryption settings %s return connection passwords unencrypted", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	v != null
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("Glue Data Catalog encryption settings %s return connection passwords unencrypted", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("Glue Data Catalog encryption settings %s: connection password encryption is known only after apply", [r.address])
}
