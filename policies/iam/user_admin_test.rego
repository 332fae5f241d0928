package iacvet.rules.iam_user_admin_test

import data.iacvet.rules.iam_user_admin

fail_input := {
 "resources": [
  {
   "address": "Alice",
   "type": "AWS::IAM::User",
   "name": "Alice",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "UserName": "alice",
    "ManagedPolicyArns": [
     "arn:aws:iam::aws:policy/AdministratorAccess"
    ]
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Alice",
   "type": "AWS::IAM::User",
   "name": "Alice",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "UserName": "alice",
    "ManagedPolicyArns": [
     "arn:aws:iam::aws:policy/ReadOnlyAccess"
    ]
   }
  }
 ]
}

test_fail if {
	count(iam_user_admin.deny) > 0 with input as fail_input
}

test_pass if {
	count(iam_user_admin.deny) == 0 with input as pass_input
}

test_unknown if {
	inp := {"resources": [{"address": "U", "type": "AWS::IAM::User", "has_unknown": true, "properties": {"ManagedPolicyArns": [{"$unknown": true, "$ref": "aws_iam_policy.x"}]}}]}
	count(iam_user_admin.deny) == 0 with input as inp
	count(iam_user_admin.unknown) == 1 with input as inp
}
