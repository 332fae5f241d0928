package iacvet.rules.secretsmanager_rotation_test

import data.iacvet.rules.secretsmanager_rotation

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
    "Name": "app/db"
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
    "Name": "app/db"
   }
  },
  {
   "address": "DbSecretRotation",
   "type": "AWS::SecretsManager::RotationSchedule",
   "name": "DbSecretRotation",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "SecretId": {
     "$unknown": true,
     "$ref": "DbSecret"
    },
    "RotationLambdaARN": "arn:aws:lambda:us-east-1:111122223333:function:rotate",
    "RotationRules": {
     "AutomaticallyAfterDays": 30
    }
   }
  }
 ]
}

test_fail if {
	count(secretsmanager_rotation.deny) > 0 with input as fail_input
}

test_pass if {
	count(secretsmanager_rotation.deny) == 0 with input as pass_input
}
