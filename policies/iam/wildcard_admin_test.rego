package iacvet.rules.iam_wildcard_admin_test

import data.iacvet.rules.iam_wildcard_admin

fail_input := {
 "resources": [
  {
   "address": "AppPolicy",
   "type": "AWS::IAM::ManagedPolicy",
   "name": "AppPolicy",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ManagedPolicyName": "app",
    "PolicyDocument": {
     "Version": "2012-10-17",
     "Statement": [
      {
       "Effect": "Allow",
       "Action": "*",
       "Resource": "*"
      }
     ]
    }
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "AppPolicy",
   "type": "AWS::IAM::ManagedPolicy",
   "name": "AppPolicy",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ManagedPolicyName": "app",
    "PolicyDocument": {
     "Version": "2012-10-17",
     "Statement": [
      {
       "Effect": "Allow",
       "Action": [
        "s3:GetObject"
       ],
       "Resource": "arn:aws:s3:::example-data/*"
      }
     ]
    }
   }
  }
 ]
}

test_fail if {
	count(iam_wildcard_admin.deny) > 0 with input as fail_input
}

test_pass if {
	count(iam_wildcard_admin.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/PolicyDocument", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(iam_wildcard_admin.deny) == 0 with input as unknown_input
	count(iam_wildcard_admin.unknown) > 0 with input as unknown_input
}

test_json_string_and_star_colon_star if {
	doc := json.marshal({"Statement": {"Effect": "Allow", "Action": "*:*", "Resource": "*"}})
	count(iam_wildcard_admin.deny) == 1 with input as json.patch(fail_input, [{"op": "replace", "path": "/resources/0/properties/PolicyDocument", "value": doc}])
}
