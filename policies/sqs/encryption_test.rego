package iacvet.rules.sqs_encryption_test

import data.iacvet.rules.sqs_encryption

fail_input := {
 "resources": [
  {
   "address": "Jobs",
   "type": "AWS::SQS::Queue",
   "name": "Jobs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "QueueName": "jobs",
    "SqsManagedSseEnabled": "false"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Jobs",
   "type": "AWS::SQS::Queue",
   "name": "Jobs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "QueueName": "jobs",
    "SqsManagedSseEnabled": true
   }
  }
 ]
}

test_fail if {
	count(sqs_encryption.deny) > 0 with input as fail_input
}

test_pass if {
	count(sqs_encryption.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/SqsManagedSseEnabled", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(sqs_encryption.deny) == 0 with input as unknown_input
	count(sqs_encryption.unknown) > 0 with input as unknown_input
}
