package iacvet.rules.cloudtrail_management_events_test

import data.iacvet.rules.cloudtrail_management_events

stopped_input := {
 "resources": [
  {
   "address": "Trail",
   "type": "AWS::CloudTrail::Trail",
   "name": "Trail",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "IsLogging": false,
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true
   }
  }
 ]
}

test_stopped if {
	count(cloudtrail_management_events.deny) == 1 with input as stopped_input
}

stopped_string_input := {
 "resources": [
  {
   "address": "Trail",
   "type": "AWS::CloudTrail::Trail",
   "name": "Trail",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "IsLogging": "false",
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true
   }
  }
 ]
}

test_stopped_string if {
	count(cloudtrail_management_events.deny) == 1 with input as stopped_string_input
}

excluded_input := {
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
    "EventSelectors": [
     {
      "IncludeManagementEvents": false,
      "DataResources": [
       {
        "Type": "AWS::S3::Object",
        "Values": [
         "arn:aws:s3"
        ]
       }
      ]
     }
    ]
   }
  }
 ]
}

test_excluded if {
	count(cloudtrail_management_events.deny) == 1 with input as excluded_input
}

read_only_input := {
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
    "EventSelectors": [
     {
      "ReadWriteType": "ReadOnly"
     }
    ]
   }
  }
 ]
}

test_read_only if {
	count(cloudtrail_management_events.deny) == 1 with input as read_only_input
}

advanced_data_only_input := {
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
    "AdvancedEventSelectors": [
     {
      "FieldSelectors": [
       {
        "Field": "eventCategory",
        "Equals": [
         "Data"
        ]
       },
       {
        "Field": "resources.type",
        "Equals": [
         "AWS::S3::Object"
        ]
       }
      ]
     }
    ]
   }
  }
 ]
}

test_advanced_data_only if {
	count(cloudtrail_management_events.deny) == 1 with input as advanced_data_only_input
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
    "IsMultiRegionTrail": true
   }
  }
 ]
}

test_pass if {
	count(cloudtrail_management_events.deny) == 0 with input as pass_input
	count(cloudtrail_management_events.unknown) == 0 with input as pass_input
}

split_input := {
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
    "EventSelectors": [
     {
      "ReadWriteType": "ReadOnly"
     },
     {
      "ReadWriteType": "WriteOnly"
     }
    ]
   }
  }
 ]
}

test_split if {
	count(cloudtrail_management_events.deny) == 0 with input as split_input
	count(cloudtrail_management_events.unknown) == 0 with input as split_input
}

advanced_input := {
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
    "AdvancedEventSelectors": [
     {
      "FieldSelectors": [
       {
        "Field": "eventCategory",
        "Equals": [
         "Management"
        ]
       }
      ]
     }
    ]
   }
  }
 ]
}

test_advanced if {
	count(cloudtrail_management_events.deny) == 0 with input as advanced_input
	count(cloudtrail_management_events.unknown) == 0 with input as advanced_input
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
    "IsLogging": {
     "$unknown": true
    },
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true
   }
  }
 ]
}

test_unknown if {
	count(cloudtrail_management_events.deny) == 0 with input as unknown_input
	count(cloudtrail_management_events.unknown) == 1 with input as unknown_input
}
