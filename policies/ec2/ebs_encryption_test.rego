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

# A partial volume (one outside the change, known only through a linked
# sub-resource) that does not set Encrypted says nothing about its encryption.
partial_input := json.patch(fail_input, [{"op": "replace", "path": "/resources/0/partial", "value": true}])

test_partial_ignored if {
	count(ebs_encryption.deny) == 0 with input as partial_input
}

test_partial_explicitly_unencrypted if {
	inp := json.patch(partial_input, [{"op": "add", "path": "/resources/0/properties/Encrypted", "value": false}])
	count(ebs_encryption.deny) == 1 with input as inp
}
