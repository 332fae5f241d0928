package iacvet.rules.stepfunctions_logging_test

import data.iacvet.rules.stepfunctions_logging

default_input := {
 "resources": [
  {
   "address": "S",
   "type": "AWS::StepFunctions::StateMachine",
   "name": "S",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "RoleArn": "arn:aws:iam::111122223333:role/sfn"
   }
  }
 ]
}

test_default if {
	count(stepfunctions_logging.deny) == 1 with input as default_input
}

off_input := {
 "resources": [
  {
   "address": "S",
   "type": "AWS::StepFunctions::StateMachine",
   "name": "S",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LoggingConfiguration": {
     "Level": "OFF"
    }
   }
  }
 ]
}

test_off if {
	count(stepfunctions_logging.deny) == 1 with input as off_input
}

pass_input := {
 "resources": [
  {
   "address": "S",
   "type": "AWS::StepFunctions::StateMachine",
   "name": "S",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "LoggingConfiguration": {
     "Level": "ERROR",
     "Destinations": [
      {
       "CloudWatchLogsLogGroup": {
        "LogGroupArn": {
         "$ref": "Logs",
         "$unknown": true
        }
       }
      }
     ]
    }
   }
  }
 ]
}

test_pass if {
	count(stepfunctions_logging.deny) == 0 with input as pass_input
	count(stepfunctions_logging.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "S",
   "type": "AWS::StepFunctions::StateMachine",
   "name": "S",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "LoggingConfiguration": {
     "Level": {
      "$unknown": true
     }
    }
   }
  }
 ]
}

test_unknown if {
	count(stepfunctions_logging.deny) == 0 with input as unknown_input
	count(stepfunctions_logging.unknown) == 1 with input as unknown_input
}
