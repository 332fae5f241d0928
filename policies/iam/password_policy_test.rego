package iacvet.rules.iam_password_policy_test

import data.iacvet.rules.iam_password_policy

policy(props, unknown) := {"resources": [{
	"address": "aws_iam_account_password_policy.this",
	"type": "AWS::IAM::AccountPasswordPolicy",
	"partial": false,
	"has_unknown": unknown,
	"properties": props,
}]}

strong := {
	"MinimumPasswordLength": 14,
	"PasswordReusePrevention": 24,
	"RequireUppercaseCharacters": true,
	"RequireLowercaseCharacters": true,
	"RequireNumbers": true,
	"RequireSymbols": true,
}

paths(findings) := {f.path[0] | some f in findings}

test_strong_passes if {
	count(iam_password_policy.deny) == 0 with input as policy(strong, false)
}

test_longer_and_strings_pass if {
	props := object.union(strong, {"MinimumPasswordLength": "32", "PasswordReusePrevention": "24", "RequireSymbols": "true"})
	count(iam_password_policy.deny) == 0 with input as policy(props, false)
}

test_short_length_fails if {
	paths(iam_password_policy.deny) == {"MinimumPasswordLength"} with input as policy(object.union(strong, {"MinimumPasswordLength": 8}), false)
}

test_reuse_fails if {
	paths(iam_password_policy.deny) == {"PasswordReusePrevention"} with input as policy(object.union(strong, {"PasswordReusePrevention": 5}), false)
}

test_missing_class_fails if {
	paths(iam_password_policy.deny) == {"RequireSymbols"} with input as policy(object.union(strong, {"RequireSymbols": false}), false)
}

test_empty_policy_takes_aws_defaults if {
	paths(iam_password_policy.deny) == {
		"MinimumPasswordLength", "PasswordReusePrevention", "RequireUppercaseCharacters",
		"RequireLowercaseCharacters", "RequireNumbers", "RequireSymbols",
	} with input as policy({}, false)
}

test_unknown_is_unknown if {
	props := object.union(strong, {"MinimumPasswordLength": {"$unknown": true}, "RequireNumbers": {"$unknown": true}})
	count(iam_password_policy.deny) == 0 with input as policy(props, true)
	paths(iam_password_policy.unknown) == {"MinimumPasswordLength", "RequireNumbers"} with input as policy(props, true)
}
