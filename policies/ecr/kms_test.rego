package iacvet.rules.ecr_kms_test

import data.iacvet.rules.ecr_kms

fail_input := {
 "resources": [
  {
   "address": "Repo",
   "type": "AWS::ECR::Repository",
   "name": "Repo",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "RepositoryName": "app",
    "ImageTagMutability": "IMMUTABLE",
    "ImageScanningConfiguration": {
     "ScanOnPush": true
    }
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Repo",
   "type": "AWS::ECR::Repository",
   "name": "Repo",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "RepositoryName": "app",
    "ImageTagMutability": "IMMUTABLE",
    "ImageScanningConfiguration": {
     "ScanOnPush": true
    },
    "EncryptionConfiguration": {
     "EncryptionType": "KMS",
     "KmsKey": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
   }
  }
 ]
}

test_fail if {
	count(ecr_kms.deny) > 0 with input as fail_input
}

test_pass if {
	count(ecr_kms.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/EncryptionConfiguration", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(ecr_kms.deny) == 0 with input as unknown_input
	count(ecr_kms.unknown) > 0 with input as unknown_input
}
