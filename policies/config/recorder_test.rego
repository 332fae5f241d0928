package iacvet.rules.config_recorder_test

import data.iacvet.rules.config_recorder

default_input := {
 "resources": [
  {
   "address": "R",
   "type": "AWS::Config::ConfigurationRecorder",
   "name": "R",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "RoleARN": "arn:aws:iam::111122223333:role/config"
   }
  }
 ]
}

test_default if {
	count(config_recorder.deny) == 1 with input as default_input
}

chosen_input := {
 "resources": [
  {
   "address": "R",
   "type": "AWS::Config::ConfigurationRecorder",
   "name": "R",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "RecordingGroup": {
     "AllSupported": false,
     "ResourceTypes": [
      "AWS::EC2::Instance"
     ]
    }
   }
  }
 ]
}

test_chosen if {
	count(config_recorder.deny) == 1 with input as chosen_input
}

exclusion_input := {
 "resources": [
  {
   "address": "R",
   "type": "AWS::Config::ConfigurationRecorder",
   "name": "R",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "RecordingGroup": {
     "RecordingStrategy": {
      "UseOnly": "EXCLUSION_BY_RESOURCE_TYPES"
     },
     "ExclusionByResourceTypes": {
      "ResourceTypes": [
       "AWS::EC2::NetworkInterface"
      ]
     }
    }
   }
  }
 ]
}

test_exclusion if {
	count(config_recorder.deny) == 1 with input as exclusion_input
}

pass_input := {
 "resources": [
  {
   "address": "R",
   "type": "AWS::Config::ConfigurationRecorder",
   "name": "R",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "RecordingGroup": {
     "AllSupported": "true",
     "IncludeGlobalResourceTypes": true
    }
   }
  }
 ]
}

test_pass if {
	count(config_recorder.deny) == 0 with input as pass_input
	count(config_recorder.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "R",
   "type": "AWS::Config::ConfigurationRecorder",
   "name": "R",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "RecordingGroup": {
     "AllSupported": true,
     "IncludeGlobalResourceTypes": {
      "$unknown": true
     }
    }
   }
  }
 ]
}

test_unknown if {
	count(config_recorder.deny) == 0 with input as unknown_input
	count(config_recorder.unknown) == 1 with input as unknown_input
}
