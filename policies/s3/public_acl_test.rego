package iacvet.rules.s3_public_acl_test

import data.iacvet.rules.s3_public_acl

fail_input := {
 "resources": [
  {
   "address": "Site",
   "type": "AWS::S3::Bucket",
   "name": "Site",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BucketName": "example-site",
    "AccessControl": "PublicRead"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Site",
   "type": "AWS::S3::Bucket",
   "name": "Site",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BucketName": "example-site",
    "AccessControl": "Private"
   }
  }
 ]
}

test_fail if {
	count(s3_public_acl.deny) > 0 with input as fail_input
}

test_pass if {
	count(s3_public_acl.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/AccessControl", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(s3_public_acl.deny) == 0 with input as unknown_input
	count(s3_public_acl.unknown) > 0 with input as unknown_input
}
