package iacvet.rules.cloudtrail_cloudwatch_logs_test

import data.iacvet.rules.cloudtrail_cloudwatch_logs

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
    "IsLogging": true,
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true
   }
  }
 ]
}

test_fail if {
	count(cloudtrail_cloudwatch_logs.deny) == 1 with input as fail_input
}

empty_input := {
 "resources": [
  {
   "address": "Trail",
   "type": "AWS::CloudTrail::Trail",
   "name": "Trail",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "IsLogging": true,
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true,
    "CloudWatchLogsLogGroupArn": ""
   }
  }
 ]
}

test_empty if {
	count(cloudtrail_cloudwatch_logs.deny) == 1 with input as empty_input
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
    "IsLogging": true,
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true,
    "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:trail:*"
   }
  }
 ]
}

test_pass if {
	count(cloudtrail_cloudwatch_logs.deny) == 0 with input as pass_input
	count(cloudtrail_cloudwatch_logs.unknown) == 0 with input as pass_input
}

reference_input := {
 "resources": [
  {
   "address": "Trail",
   "type": "AWS::CloudTrail::Trail",
   "name": "Trail",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "IsLogging": true,
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true,
    "CloudWatchLogsLogGroupArn": {
     "$ref": "TrailLogs",
     "$unknown": true
    }
   }
  }
 ]
}

test_reference if {
	count(cloudtrail_cloudwatch_logs.deny) == 0 with input as reference_input
	count(cloudtrail_cloudwatch_logs.unknown) == 0 with input as reference_input
}

unknown_input := {
 "resources": [
  {
   "address": "Trail",
   "type": "AWS::CloudTrail::Trail",
   "name": "Trail",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "IsLogging": true,
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true,
    "CloudWatchLogsLogGroupArn": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(cloudtrail_cloudwatch_logs.deny) == 0 with input as unknown_input
	count(cloudtrail_cloudwatch_logs.unknown) == 1 with input as unknown_input
}
