package iacvet.rules.s3_https_only_test

import data.iacvet.rules.s3_https_only

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
    "BucketName": "example-data"
   }
  },
  {
   "address": "DataPolicy",
   "type": "AWS::S3::BucketPolicy",
   "name": "DataPolicy",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Bucket": {
     "$unknown": true,
     "$ref": "Data"
    },
    "PolicyDocument": {
     "Version": "2012-10-17",
     "Statement": [
      {
       "Sid": "DenyInsecure",
       "Effect": "Deny",
       "Principal": "*",
       "Action": "s3:*",
       "Resource": [
        "arn:aws:s3:::example-data",
        "arn:aws:s3:::example-data/*"
       ],
       "Condition": {
        "Bool": {
         "aws:SecureTransport": "false"
        }
       }
      }
     ]
    }
   }
  }
 ]
}

test_fail if {
	count(s3_https_only.deny) > 0 with input as fail_input
}

test_pass if {
	count(s3_https_only.deny) == 0 with input as pass_input
}
