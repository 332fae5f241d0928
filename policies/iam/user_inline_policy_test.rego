package iacvet.rules.iam_user_inline_policy_test

import data.iacvet.rules.iam_user_inline_policy

fail_input := {
 "resources": [
  {
   "address": "Read",
   "type": "AWS::IAM::Policy",
   "name": "Read",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "PolicyName": "read",
    "Users": [
     "alice"
    ],
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

pass_input := {
 "resources": [
  {
   "address": "Read",
   "type": "AWS::IAM::Policy",
   "name": "Read",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "PolicyName": "read",
    "Groups": [
     "readers"
    ],
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
	count(iam_user_inline_policy.deny) > 0 with input as fail_input
}

test_pass if {
	count(iam_user_inline_policy.deny) == 0 with input as pass_input
}

test_user_policies if {
	count(iam_user_inline_policy.deny) == 1 with input as {"resources": [{"address": "U", "type": "AWS::IAM::User", "properties": {"Policies": [{"PolicyName": "p", "PolicyDocument": {}}]}}]}
}
