package iacvet.rules.s3_public_access_block_test

import data.iacvet.rules.s3_public_access_block

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
    "BucketName": "example-data"
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
    "PublicAccessBlockConfiguration": {
     "BlockPublicAcls": true,
     "BlockPublicPolicy": true,
     "IgnorePublicAcls": true,
     "RestrictPublicBuckets": true
    }
   }
  }
 ]
}

test_fail if {
	count(s3_public_access_block.deny) > 0 with input as fail_input
}

test_pass if {
	count(s3_public_access_block.deny) == 0 with input as pass_input
}
