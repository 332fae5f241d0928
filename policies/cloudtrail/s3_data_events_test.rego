package iacvet.rules.cloudtrail_s3_data_events_test

import data.iacvet.rules.cloudtrail_s3_data_events

none_input := {
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

test_none if {
	count(cloudtrail_s3_data_events.deny) == 1 with input as none_input
}

one_bucket_input := {
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
      "ReadWriteType": "All",
      "DataResources": [
       {
        "Type": "AWS::S3::Object",
        "Values": [
         "arn:aws:s3:::example-data/"
        ]
       }
      ]
     }
    ]
   }
  }
 ]
}

test_one_bucket if {
	count(cloudtrail_s3_data_events.deny) == 1 with input as one_bucket_input
}

write_only_input := {
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
      "ReadWriteType": "WriteOnly",
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

test_write_only if {
	count(cloudtrail_s3_data_events.deny) == 1 with input as write_only_input
}

single_region_input := {
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
    "IsMultiRegionTrail": false
   }
  }
 ]
}

test_single_region if {
	count(cloudtrail_s3_data_events.deny) == 0 with input as single_region_input
	count(cloudtrail_s3_data_events.unknown) == 0 with input as single_region_input
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
    "EventSelectors": [
     {
      "ReadWriteType": "All",
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

test_pass if {
	count(cloudtrail_s3_data_events.deny) == 0 with input as pass_input
	count(cloudtrail_s3_data_events.unknown) == 0 with input as pass_input
}

default_read_write_input := {
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
      "DataResources": [
       {
        "Type": "AWS::S3::Object",
        "Values": [
         "arn:aws:s3:::"
        ]
       }
      ]
     }
    ]
   }
  }
 ]
}

test_default_read_write if {
	count(cloudtrail_s3_data_events.deny) == 0 with input as default_read_write_input
	count(cloudtrail_s3_data_events.unknown) == 0 with input as default_read_write_input
}

two_trails_input := {
 "resources": [
  {
   "address": "Writes",
   "type": "AWS::CloudTrail::Trail",
   "name": "Writes",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "IsLogging": true,
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true,
    "EventSelectors": [
     {
      "ReadWriteType": "WriteOnly",
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
  },
  {
   "address": "Reads",
   "type": "AWS::CloudTrail::Trail",
   "name": "Reads",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "IsLogging": true,
    "S3BucketName": "example-trail-logs",
    "IsMultiRegionTrail": true,
    "EventSelectors": [
     {
      "ReadWriteType": "ReadOnly",
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

test_two_trails if {
	count(cloudtrail_s3_data_events.deny) == 0 with input as two_trails_input
	count(cloudtrail_s3_data_events.unknown) == 0 with input as two_trails_input
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
      "Name": "mgmt",
      "FieldSelectors": [
       {
        "Field": "eventCategory",
        "Equals": [
         "Management"
        ]
       }
      ]
     },
     {
      "Name": "s3",
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

test_advanced if {
	count(cloudtrail_s3_data_events.deny) == 0 with input as advanced_input
	count(cloudtrail_s3_data_events.unknown) == 0 with input as advanced_input
}

advanced_one_bucket_input := {
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
       },
       {
        "Field": "resources.ARN",
        "StartsWith": [
         "arn:aws:s3:::example-data/"
        ]
       }
      ]
     }
    ]
   }
  }
 ]
}

test_advanced_one_bucket if {
	count(cloudtrail_s3_data_events.deny) == 1 with input as advanced_one_bucket_input
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
    "EventSelectors": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(cloudtrail_s3_data_events.deny) == 0 with input as unknown_input
	count(cloudtrail_s3_data_events.unknown) == 1 with input as unknown_input
}
