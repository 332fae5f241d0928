package iacvet.rules.logs_kms_test

import data.iacvet.rules.logs_kms

fail_input := {
 "resources": [
  {
   "address": "Logs",
   "type": "AWS::Logs::LogGroup",
   "name": "Logs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LogGroupName": "/app/web",
    "RetentionInDays": 365
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Logs",
   "type": "AWS::Logs::LogGroup",
   "name": "Logs",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LogGroupName": "/app/web",
    "RetentionInDays": 365,
    "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
   }
  }
 ]
}

test_fail if {
	count(logs_kms.deny) > 0 with input as fail_input
}

test_pass if {
	count(logs_kms.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/KmsKeyId", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(logs_kms.deny) == 0 with input as unknown_input
	count(logs_kms.unknown) > 0 with input as unknown_input
}
