package iacvet.rules.logs_retention_test

import data.iacvet.rules.logs_retention

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
    "RetentionInDays": "7"
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
    "RetentionInDays": 400
   }
  }
 ]
}

test_fail if {
	count(logs_retention.deny) > 0 with input as fail_input
}

test_pass if {
	count(logs_retention.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/RetentionInDays", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(logs_retention.deny) == 0 with input as unknown_input
	count(logs_retention.unknown) > 0 with input as unknown_input
}
