package iacvet.rules.iam_compute_role_admin_test

import data.iacvet.rules.iam_compute_role_admin

trust(service) := {"Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]}

admin_doc := {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}

role(service, extra) := object.union({"address": "aws_iam_role.fn", "type": "AWS::IAM::Role", "has_unknown": false, "properties": {"RoleName": "fn", "AssumeRolePolicyDocument": trust(service)}}, extra)

test_managed_admin_on_lambda_role_fails if {
	inp := {"resources": [role("lambda.amazonaws.com", {"properties": {"ManagedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"]}})]}
	some f in iam_compute_role_admin.deny with input as inp
	f.path == ["ManagedPolicyArns", 0]
}

test_inline_admin_on_ecs_task_role_fails if {
	inp := {"resources": [role(["ecs-tasks.amazonaws.com"], {"properties": {"Policies": [{"PolicyName": "all", "PolicyDocument": admin_doc}]}})]}
	count(iam_compute_role_admin.deny) == 1 with input as inp
}

test_attached_policy_by_reference_and_name_fails if {
	by_ref := {"address": "aws_iam_role_policy.all", "type": "AWS::IAM::Policy", "properties": {"Roles": [{"$unknown": true, "$ref": "aws_iam_role.fn.id"}], "PolicyDocument": admin_doc}}
	count(iam_compute_role_admin.deny) == 1 with input as {"resources": [role("batch.amazonaws.com", {}), by_ref]}
	by_name := {"address": "Admin", "type": "AWS::IAM::ManagedPolicy", "properties": {"Roles": ["fn"], "PolicyDocument": json.marshal(admin_doc)}}
	count(iam_compute_role_admin.deny) == 1 with input as {"resources": [role("lambda.amazonaws.com", {}), by_name]}
	managed := {"address": "aws_iam_policy.admin", "type": "AWS::IAM::ManagedPolicy", "properties": {"PolicyDocument": admin_doc}}
	arn_ref := {"properties": {"ManagedPolicyArns": [{"$unknown": true, "$ref": "aws_iam_policy.admin.arn"}]}}
	count(iam_compute_role_admin.deny) == 1 with input as {"resources": [role("lambda.amazonaws.com", arn_ref), managed]}
}

test_other_roles_and_scoped_policies_pass if {
	count(iam_compute_role_admin.deny) == 0 with input as {"resources": [role("ec2.amazonaws.com", {"properties": {"ManagedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"]}})]}
	scoped := {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}
	count(iam_compute_role_admin.deny) == 0 with input as {"resources": [role("lambda.amazonaws.com", {"properties": {"Policies": [{"PolicyName": "s3", "PolicyDocument": scoped}]}})]}
	other := {"address": "aws_iam_role_policy.all", "type": "AWS::IAM::Policy", "properties": {"Roles": ["someone-else"], "PolicyDocument": admin_doc}}
	count(iam_compute_role_admin.deny) == 0 with input as {"resources": [role("lambda.amazonaws.com", {}), other]}
}

test_unknown_managed_policy if {
	inp := {"resources": [role("lambda.amazonaws.com", {"has_unknown": true, "properties": {"ManagedPolicyArns": [{"$unknown": true}]}})]}
	count(iam_compute_role_admin.unknown) == 1 with input as inp
}
