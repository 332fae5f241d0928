package iacvet.rules.codebuild_s3_logs_encryption_test

import data.iacvet.rules.codebuild_s3_logs_encryption as rule

project(s3) := {"resources": [{
	"address": "Web",
	"type": "AWS::CodeBuild::Project",
	"partial": false,
	"has_unknown": false,
	"properties": {"Name": "web", "LogsConfig": {"S3Logs": s3}},
}]}

test_unencrypted_fails if {
	count(rule.deny) == 1 with input as project({"Status": "ENABLED", "Location": "example-build-logs/web", "EncryptionDisabled": true})
}

test_encrypted_passes if {
	count(rule.deny) == 0 with input as project({"Status": "ENABLED", "Location": "example-build-logs/web"})
	count(rule.deny) == 0 with input as project({"Status": "ENABLED", "Location": "example-build-logs/web", "EncryptionDisabled": false})
}

test_disabled_logs_pass if {
	count(rule.deny) == 0 with input as project({"Status": "DISABLED", "EncryptionDisabled": true})
}

test_unknown if {
	inp := json.patch(project({"Status": "ENABLED", "EncryptionDisabled": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
