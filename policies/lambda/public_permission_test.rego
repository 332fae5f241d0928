package iacvet.rules.lambda_public_permission_test

import data.iacvet.rules.lambda_public_permission

fail_input := {
 "resources": [
  {
   "address": "Invoke",
   "type": "AWS::Lambda::Permission",
   "name": "Invoke",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Action": "lambda:InvokeFunction",
    "FunctionName": "api",
    "Principal": "*"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Invoke",
   "type": "AWS::Lambda::Permission",
   "name": "Invoke",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Action": "lambda:InvokeFunction",
    "FunctionName": "api",
    "Principal": "s3.amazonaws.com",
    "SourceAccount": "111122223333"
   }
  }
 ]
}

test_fail if {
	count(lambda_public_permission.deny) > 0 with input as fail_input
}

test_pass if {
	count(lambda_public_permission.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/Principal", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(lambda_public_permission.deny) == 0 with input as unknown_input
	count(lambda_public_permission.unknown) > 0 with input as unknown_input
}
