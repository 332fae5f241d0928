package iacvet.rules.ecr_immutable_tags_test

import data.iacvet.rules.ecr_immutable_tags

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
    "ImageScanningConfiguration": {
     "ScanOnPush": true
    },
    "EncryptionConfiguration": {
     "EncryptionType": "KMS",
     "KmsKey": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    },
    "ImageTagMutability": "IMMUTABLE"
   }
  }
 ]
}

test_fail if {
	count(ecr_immutable_tags.deny) > 0 with input as fail_input
}

test_pass if {
	count(ecr_immutable_tags.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/ImageTagMutability", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(ecr_immutable_tags.deny) == 0 with input as unknown_input
	count(ecr_immutable_tags.unknown) > 0 with input as unknown_input
}
