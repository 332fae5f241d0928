package iacvet.rules.kms_rotation_test

import data.iacvet.rules.kms_rotation

fail_input := {
 "resources": [
  {
   "address": "Key",
   "type": "AWS::KMS::Key",
   "name": "Key",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Description": "app",
    "EnableKeyRotation": "false"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Key",
   "type": "AWS::KMS::Key",
   "name": "Key",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Description": "app",
    "EnableKeyRotation": "true"
   }
  }
 ]
}

test_fail if {
	count(kms_rotation.deny) > 0 with input as fail_input
}

test_pass if {
	count(kms_rotation.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/EnableKeyRotation", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(kms_rotation.deny) == 0 with input as unknown_input
	count(kms_rotation.unknown) > 0 with input as unknown_input
}
