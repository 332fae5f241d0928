package iacvet.rules.iam_user_login_profile_test

import data.iacvet.rules.iam_user_login_profile

user(props) := {"resources": [{"address": "U", "type": "AWS::IAM::User", "has_unknown": false, "properties": props}]}

test_login_profile_fails if {
	count(iam_user_login_profile.deny) == 1 with input as user({"UserName": "alice", "LoginProfile": {"Password": {"$sensitive": true}, "PasswordResetRequired": true}})
	count(iam_user_login_profile.deny) == 1 with input as user({"UserName": "alice", "LoginProfile": {}})
}

test_user_without_login_profile_passes if {
	count(iam_user_login_profile.deny) == 0 with input as user({"UserName": "ci", "Groups": ["deployers"]})
	count(iam_user_login_profile.deny) == 0 with input as user({"UserName": "ci", "LoginProfile": null})
}

test_unknown_login_profile if {
	inp := {"resources": [{"address": "U", "type": "AWS::IAM::User", "has_unknown": true, "properties": {"LoginProfile": {"$unknown": true}}}]}
	count(iam_user_login_profile.deny) == 0 with input as inp
	count(iam_user_login_profile.unknown) == 1 with input as inp
}
