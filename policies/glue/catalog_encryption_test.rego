package iacvet.rules.glue_catalog_encryption_test

import data.iacvet.rules.glue_catalog_encryption

settings(rest, unknown) := {"resources": [{"address": "CatalogEncryption", "type": "AWS::Glue::DataCatalogEncryptionSettings", "partial": false, "has_unknown": unknown, "properties": {
	"CatalogId": "123456789012",
	"DataCatalogEncryptionSettings": {"ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": true}, "EncryptionAtRest": rest},
}}]}

test_disabled_fails if {
	count(glue_catalog_encryption.deny) == 1 with input as settings({"CatalogEncryptionMode": "DISABLED"}, false)
	count(glue_catalog_encryption.deny) == 1 with input as settings(null, false)
}

test_kms_passes if {
	count(glue_catalog_encryption.deny) == 0 with input as settings({"CatalogEncryptionMode": "SSE-KMS", "SseAwsKmsKeyId": "alias/glue"}, false)
	count(glue_catalog_encryption.deny) == 0 with input as settings({"CatalogEncryptionMode": "SSE-KMS-WITH-SERVICE-ROLE", "CatalogEncryptionServiceRole": "arn:aws:iam::123456789012:role/glue"}, false)
}

test_unknown if {
	inp := settings({"CatalogEncryptionMode": {"$unknown": true}}, true)
	count(glue_catalog_encryption.deny) == 0 with input as inp
	count(glue_catalog_encryption.unknown) == 1 with input as inp
}
