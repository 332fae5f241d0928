package iacvet.rules.lambda_tracing_test

import data.iacvet.rules.lambda_tracing

fail_input := {
 "resources": [
  {
   "address": "Api",
   "type": "AWS::Lambda::Function",
   "name": "Api",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "FunctionName": "api",
    "Role": "arn:aws:iam::111122223333:role/lambda",
    "Handler": "index.handler",
    "Runtime": "nodejs20.x",
    "Code": {
     "S3Bucket": "example-code",
     "S3Key": "lambda.zip"
    }
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Api",
   "type": "AWS::Lambda::Function",
   "name": "Api",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "FunctionName": "api",
    "Role": "arn:aws:iam::111122223333:role/lambda",
    "Handler": "index.handler",
    "Runtime": "nodejs20.x",
    "Code": {
     "S3Bucket": "example-code",
     "S3Key": "lambda.zip"
    },
    "TracingConfig": {
     "Mode": "Active"
    }
   }
  }
 ]
}

test_fail if {
	count(lambda_tracing.deny) > 0 with input as fail_input
}

test_pass if {
	count(lambda_tracing.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/TracingConfig", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(lambda_tracing.deny) == 0 with input as unknown_input
	count(lambda_tracing.unknown) > 0 with input as unknown_input
}
