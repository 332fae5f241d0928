package iacvet.rules.secretsmanager_kms_test

import data.iacvet.rules.secretsmanager_kms

fail_input := {
 "resources": [
  {
   "address": "DbSecret",
   "type": "AWS::SecretsManager::Secret",
   "name": "DbSecret",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Name": "app/db",
    "KmsKeyId": "alias/aws/secretsmanager"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "DbSecret",
   "type": "AWS::SecretsManager::Secret",
   "name": "DbSecret",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Name": "app/db",
    "KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
   }
  }
 ]
}

test_fail if {
	count(secretsmanager_kms.deny) > 0 with input as fail_input
}

test_pass if {
	count(secretsmanager_kms.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/KmsKeyId", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(secretsmanager_kms.deny) == 0 with input as unknown_input
	count(secretsmanager_kms.unknown) > 0 with input as unknown_input
}
