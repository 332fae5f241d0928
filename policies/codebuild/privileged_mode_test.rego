package iacvet.rules.codebuild_privileged_mode_test

import data.iacvet.rules.codebuild_privileged_mode as rule

project(env) := {"resources": [{
	"address": "Web",
	"type": "AWS::CodeBuild::Project",
	"partial": false,
	"has_unknown": false,
	"properties": {"Name": "web", "Environment": object.union({"ComputeType": "BUILD_GENERAL1_SMALL", "Image": "aws/codebuild/standard:7.0", "Type": "LINUX_CONTAINER"}, env)},
}]}

test_privileged_fails if {
	count(rule.deny) == 1 with input as project({"PrivilegedMode": true})
	count(rule.deny) == 1 with input as project({"PrivilegedMode": "true"})
}

test_default_passes if {
	count(rule.deny) == 0 with input as project({})
	count(rule.deny) == 0 with input as project({"PrivilegedMode": false})
}

test_unknown if {
	inp := json.patch(project({"PrivilegedMode": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
