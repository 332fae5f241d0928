package iacvet.rules.codebuild_logging_test

import data.iacvet.rules.codebuild_logging as rule

project(logs) := {"resources": [{
	"address": "Web",
	"type": "AWS::CodeBuild::Project",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"Name": "web"}, logs),
}]}

test_disabled_fails if {
	count(rule.deny) == 1 with input as project({"LogsConfig": {"CloudWatchLogs": {"Status": "DISABLED"}}})
	count(rule.deny) == 1 with input as project({"LogsConfig": {"CloudWatchLogs": {"Status": "DISABLED"}, "S3Logs": {"Status": "DISABLED"}}})
}

test_default_passes if {
	count(rule.deny) == 0 with input as project({})
	count(rule.deny) == 0 with input as project({"LogsConfig": {"CloudWatchLogs": {"Status": "ENABLED", "GroupName": "/codebuild/web"}}})
}

test_s3_passes if {
	count(rule.deny) == 0 with input as project({"LogsConfig": {"CloudWatchLogs": {"Status": "DISABLED"}, "S3Logs": {"Status": "ENABLED", "Location": "example-build-logs/web"}}})
}

test_unknown if {
	inp := json.patch(project({"LogsConfig": {"CloudWatchLogs": {"Status": "DISABLED"}, "S3Logs": {"Status": {"$unknown": true}}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
