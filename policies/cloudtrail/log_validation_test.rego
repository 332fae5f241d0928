package iacvet.rules.cloudtrail_log_validation_test

import data.iacvet.rules.cloudtrail_log_validation

fail_input := {
 "resources": [
  {
   "address": "Trail",
   "type": "AWS::CloudTrail::Trail",
   "name": "Trail",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "TrailName": "main",
    "S3BucketName": "example-trail-logs",
    "IsLogging": true,
    "IsMultiRegionTrail": true,
    "KMSKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "EnableLogFileValidation": false
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Trail",
   "type": "AWS::CloudTrail::Trail",
   "name": "Trail",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "TrailName": "main",
    "S3BucketName": "example-trail-logs",
    "IsLogging": true,
    "IsMultiRegionTrail": true,
    "KMSKeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "EnableLogFileValidation": true
   }
  }
 ]
}

test_fail if {
	count(cloudtrail_log_validation.deny) > 0 with input as fail_input
}

test_pass if {
	count(cloudtrail_log_validation.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/EnableLogFileValidation", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(cloudtrail_log_validation.deny) == 0 with input as unknown_input
	count(cloudtrail_log_validation.unknown) > 0 with input as unknown_input
}
