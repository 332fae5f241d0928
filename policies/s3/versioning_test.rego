package iacvet.rules.s3_versioning_test

import data.iacvet.rules.s3_versioning

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
    "VersioningConfiguration": {
     "Status": "Suspended"
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
    "VersioningConfiguration": {
     "Status": "Enabled"
    }
   }
  }
 ]
}

test_fail if {
	count(s3_versioning.deny) > 0 with input as fail_input
}

test_pass if {
	count(s3_versioning.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/VersioningConfiguration", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(s3_versioning.deny) == 0 with input as unknown_input
	count(s3_versioning.unknown) > 0 with input as unknown_input
}
