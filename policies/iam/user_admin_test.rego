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

unknown_input := json.patch(fail_input, [{"op": "replace", "path": "/resources/0/properties/ManagedPolicyArns/0", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(iam_user_admin.deny) == 0 with input as unknown_input
	count(iam_user_admin.unknown) > 0 with input as unknown_input
}
