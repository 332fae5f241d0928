package iacvet.rules.iam_pass_role_any_test

import data.iacvet.rules.iam_pass_role_any

policy(statements) := {"resources": [{"address": "P", "type": "AWS::IAM::ManagedPolicy", "has_unknown": false, "partial": false, "properties": {"PolicyDocument": {"Statement": statements}}}]}

allow(action, resource) := {"Effect": "Allow", "Action": action, "Resource": resource}

test_pass_role_on_any_fails if {
	count(iam_pass_role_any.deny) == 1 with input as policy([allow("iam:PassRole", "*")])
	count(iam_pass_role_any.deny) == 1 with input as policy([allow(["ecs:RunTask", "IAM:Pass*"], "*")])
	count(iam_pass_role_any.deny) == 1 with input as policy([allow("iam:*", ["*"])])
	count(iam_pass_role_any.deny) == 1 with input as policy([{"Effect": "Allow", "NotAction": "s3:*", "Resource": "*"}])
	count(iam_pass_role_any.deny) == 1 with input as policy([{"Effect": "Allow", "Action": "iam:PassRole", "NotResource": "arn:aws:iam::111122223333:role/admin"}])
}

test_one_finding_per_resource if {
	count(iam_pass_role_any.deny) == 1 with input as policy([allow("iam:PassRole", "*"), allow("iam:*", "*")])
}

test_inline_role_policy_fails if {
	inp := {"resources": [{"address": "R", "type": "AWS::IAM::Role", "properties": {"Policies": [{"PolicyName": "p", "PolicyDocument": json.marshal({"Statement": allow("iam:PassRole", "*")})}]}}]}
	some f in iam_pass_role_any.deny with input as inp
	f.path == ["Policies", 0, "PolicyDocument"]
}

test_scoped_or_other_actions_pass if {
	count(iam_pass_role_any.deny) == 0 with input as policy([allow("iam:PassRole", "arn:aws:iam::111122223333:role/app-task")])
	count(iam_pass_role_any.deny) == 0 with input as policy([allow("iam:Get*", "*")])
	count(iam_pass_role_any.deny) == 0 with input as policy([{"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*"}])
	count(iam_pass_role_any.deny) == 0 with input as policy([{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}])
}

test_admin_is_left_to_iam_001 if {
	count(iam_pass_role_any.deny) == 0 with input as policy([allow("*", "*")])
}

test_unknown_document if {
	inp := {"resources": [{"address": "P", "type": "AWS::IAM::ManagedPolicy", "has_unknown": true, "properties": {"PolicyDocument": {"$unknown": true}}}]}
	count(iam_pass_role_any.unknown) == 1 with input as inp
}
