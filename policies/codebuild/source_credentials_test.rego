package iacvet.rules.codebuild_source_credentials_test

import data.iacvet.rules.codebuild_source_credentials as rule

project(props) := {"resources": [{
	"address": "Web",
	"type": "AWS::CodeBuild::Project",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"Name": "web"}, props),
}]}

test_password_fails if {
	count(rule.deny) == 1 with input as project({"Source": {"Type": "BITBUCKET", "Location": "https://ci-user:s3cr3t@bitbucket.org/acme/web.git"}})
}

test_token_fails if {
	count(rule.deny) == 1 with input as project({"Source": {"Type": "GITHUB", "Location": "https://ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/acme/web.git"}})
}

test_secondary_fails if {
	res := rule.deny with input as project({
		"Source": {"Type": "GITHUB", "Location": "https://github.com/acme/web.git"},
		"SecondarySources": [{"Type": "BITBUCKET", "SourceIdentifier": "lib", "Location": "https://ci-user:s3cr3t@bitbucket.org/acme/lib.git"}],
	})
	count(res) == 1
	some f in res
	f.path == ["SecondarySources", 0, "Location"]
}

test_clean_passes if {
	count(rule.deny) == 0 with input as project({"Source": {"Type": "GITHUB", "Location": "https://github.com/acme/web.git"}})
	count(rule.deny) == 0 with input as project({"Source": {"Type": "CODECOMMIT", "Location": "https://git-codecommit.us-east-1.amazonaws.com/v1/repos/web"}})
	count(rule.deny) == 0 with input as project({"Source": {"Type": "S3", "Location": "example-src/web.zip"}})
	count(rule.deny) == 0 with input as project({"Source": {"Type": "NO_SOURCE"}})
}

test_unknown_location_passes if {
	count(rule.deny) == 0 with input as project({"Source": {"Type": "GITHUB", "Location": {"$unknown": true}}})
}
