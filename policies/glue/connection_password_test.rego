package iacvet.rules.glue_connection_password_test

import data.iacvet.rules.glue_connection_password

test_absent_fails if {
	count(glue_connection_password.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Glue::DataCatalogEncryptionSettings", "partial": false, "has_unknown": false, "properties": {"CatalogId": "123456789012", "DataCatalogEncryptionSettings": {"EncryptionAtRest": {"CatalogEncryptionMode": "SSE-KMS"}}}}]}
}

test_false_fails if {
	count(glue_connection_password.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Glue::DataCatalogEncryptionSettings", "partial": false, "has_unknown": false, "properties": {"CatalogId": "123456789012", "DataCatalogEncryptionSettings": {"EncryptionAtRest": {"CatalogEncryptionMode": "SSE-KMS"}, "ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": false}}}}]}
	count(glue_connection_password.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::Glue::DataCatalogEncryptionSettings", "partial": false, "has_unknown": false, "properties": {"CatalogId": "123456789012", "DataCatalogEncryptionSettings": {"EncryptionAtRest": {"CatalogEncryptionMode": "SSE-KMS"}, "ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": "false"}}}}]}
}

test_true_passes if {
	count(glue_connection_password.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Glue::DataCatalogEncryptionSettings", "partial": false, "has_unknown": false, "properties": {"CatalogId": "123456789012", "DataCatalogEncryptionSettings": {"EncryptionAtRest": {"CatalogEncryptionMode": "SSE-KMS"}, "ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": true}}}}]}
	count(glue_connection_password.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::Glue::DataCatalogEncryptionSettings", "partial": false, "has_unknown": false, "properties": {"CatalogId": "123456789012", "DataCatalogEncryptionSettings": {"EncryptionAtRest": {"CatalogEncryptionMode": "SSE-KMS"}, "ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": "true"}}}}]}
}

test_unknown if {
	inp := {"resources": [{"address": "R", "type": "AWS::Glue::DataCatalogEncryptionSettings", "partial": false, "has_unknown": true, "properties": {"CatalogId": "123456789012", "DataCatalogEncryptionSettings": {"EncryptionAtRest": {"CatalogEncryptionMode": "SSE-KMS"}, "ConnectionPasswordEncryption": {"ReturnConnectionPasswordEncrypted": {"$unknown": true}}}}}]}
	count(glue_connection_password.deny) == 0 with input as inp
	count(glue_connection_password.unknown) == 1 with input as inp
}
