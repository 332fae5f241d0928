package iacvet.rules.codebuild_plaintext_env_test

import data.iacvet.rules.codebuild_plaintext_env

project(addr, vars) := {"address": addr, "type": "AWS::CodeBuild::Project", "partial": false, "properties": {"Environment": {"Type": "LINUX_CONTAINER", "EnvironmentVariables": vars}}}

secret := "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzKEY12"

fail_input := {"resources": [
	project("A", [
		{"Name": "AWS_ACCESS_KEY_ID", "Value": "AKIAZ3MSJV4WWPQTRLXA"},
		{"Name": "AWS_SECRET_ACCESS_KEY", "Value": secret, "Type": "PLAINTEXT"},
		{"Name": "STAGE", "Value": "prod"},
	]),
	project("aws_codebuild_project.b", [{"Name": "NPM_TOKEN", "Value": "npm_a1b2c3d4e5f6", "Type": "PLAINTEXT"}]),
]}

pass_input := {"resources": [
	project("A", [
		{"Name": "NPM_TOKEN", "Value": "ci/npm:token", "Type": "SECRETS_MANAGER"},
		{"Name": "DB_PASSWORD", "Value": "/ci/db/password", "Type": "PARAMETER_STORE"},
		{"Name": "AWS_SECRET_ACCESS_KEY", "Value": "ci/aws:secret", "Type": "SECRETS_MANAGER"},
		{"Name": "STAGE", "Value": "prod"},
		{"Name": "TOKEN_URL", "Value": "https://auth.example.com/token"},
		{"Name": "AWS_DEFAULT_REGION", "Value": "us-east-1"},
	]),
	project("B", [{"Name": "API_KEY", "Value": {"$sensitive": true}}]),
]}

test_fail if {
	fs := codebuild_plaintext_env.deny with input as fail_input
	count(fs) == 2
	some f in fs
	contains(f.msg, "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY")
}

test_pass if {
	count(codebuild_plaintext_env.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := codebuild_plaintext_env.deny with input as fail_input
	every f in fs {
		not contains(f.msg, secret)
		not contains(f.msg, "AKIAZ3MSJV4WWPQTRLXA")
		not contains(f.msg, "npm_a1b2c3d4e5f6")
	}
}
