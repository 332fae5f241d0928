package iacvet.rules.ebs_encryption_test

import data.iacvet.rules.ebs_encryption

fail_input := {
 "resources": [
  {
   "address": "Data",
   "type": "AWS::EC2::Volume",
   "name": "Data",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AvailabilityZone": "us-east-1a",
    "Size": 20
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Data",
   "type": "AWS::EC2::Volume",
   "name": "Data",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "AvailabilityZone": "us-east-1a",
    "Size": 20,
    "Encrypted": "true"
   }
  }
 ]
}

test_fail if {
	count(ebs_encryption.deny) > 0 with input as fail_input
}

test_pass if {
	count(ebs_encryption.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/Encrypted", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(ebs_encryption.deny) == 0 with input as unknown_input
	count(ebs_encryption.unknown) > 0 with input as unknown_input
}
