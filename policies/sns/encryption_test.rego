package iacvet.rules.sns_encryption_test

import data.iacvet.rules.sns_encryption

fail_input := {
 "resources": [
  {
   "address": "Events",
   "type": "AWS::SNS::Topic",
   "name": "Events",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "TopicName": "events"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Events",
   "type": "AWS::SNS::Topic",
   "name": "Events",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "TopicName": "events",
    "KmsMasterKeyId": "alias/aws/sns"
   }
  }
 ]
}

test_fail if {
	count(sns_encryption.deny) > 0 with input as fail_input
}

test_pass if {
	count(sns_encryption.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/KmsMasterKeyId", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(sns_encryption.deny) == 0 with input as unknown_input
	count(sns_encryption.unknown) > 0 with input as unknown_input
}
