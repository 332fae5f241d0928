package iacvet.rules.efs_encryption_test

import data.iacvet.rules.efs_encryption

fs(props) := {"resources": [{
	"address": "Shared",
	"type": "AWS::EFS::FileSystem",
	"partial": false,
	"has_unknown": false,
	"properties": props,
}]}

test_absent_fails if {
	count(efs_encryption.deny) == 1 with input as fs({"PerformanceMode": "generalPurpose"})
}

test_false_string_fails if {
	count(efs_encryption.deny) == 1 with input as fs({"Encrypted": "false"})
}

test_encrypted_passes if {
	count(efs_encryption.deny) == 0 with input as fs({"Encrypted": "true"})
	count(efs_encryption.deny) == 0 with input as fs({"Encrypted": true, "KmsKeyId": {"$unknown": true, "$ref": "aws_kms_key.efs.arn"}})
}

test_unknown if {
	inp := json.patch(fs({"Encrypted": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(efs_encryption.deny) == 0 with input as inp
	count(efs_encryption.unknown) == 1 with input as inp
}
