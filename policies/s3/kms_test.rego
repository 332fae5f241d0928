package iacvet.rules.s3_kms_test

import data.iacvet.rules.s3_kms

fail_input := {
 "resources": [
  {
   "address": "Data",
   "type": "AWS::S3::Bucket",
   "name": "Data",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BucketName": "example-data",
    "BucketEncryption": {
     "ServerSideEncryptionConfiguration": [
      {
       "ServerSideEncryptionByDefault": {
        "SSEAlgorithm": "AES256"
       }
      }
     ]
    }
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Data",
   "type": "AWS::S3::Bucket",
   "name": "Data",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BucketName": "example-data",
    "BucketEncryption": {
     "ServerSideEncryptionConfiguration": [
      {
       "ServerSideEncryptionByDefault": {
        "SSEAlgorithm": "aws:kms",
        "KMSMasterKeyID": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
       }
      }
     ]
    }
   }
  }
 ]
}

test_fail if {
	count(s3_kms.deny) > 0 with input as fail_input
}

test_pass if {
	count(s3_kms.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/BucketEncryption", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(s3_kms.deny) == 0 with input as unknown_input
	count(s3_kms.unknown) > 0 with input as unknown_input
}
