package iacvet.rules.guardduty_enabled_test

import data.iacvet.rules.guardduty_enabled

fail_input := {
 "resources": [
  {
   "address": "D",
   "type": "AWS::GuardDuty::Detector",
   "name": "D",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Enable": false
   }
  }
 ]
}

test_fail if {
	count(guardduty_enabled.deny) == 1 with input as fail_input
}

string_input := {
 "resources": [
  {
   "address": "D",
   "type": "AWS::GuardDuty::Detector",
   "name": "D",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Enable": "false"
   }
  }
 ]
}

test_string if {
	count(guardduty_enabled.deny) == 1 with input as string_input
}

default_input := {
 "resources": [
  {
   "address": "aws_guardduty_detector.main",
   "type": "AWS::GuardDuty::Detector",
   "name": "aws_guardduty_detector.main",
   "format": "terraform",
   "partial": false,
   "has_unknown": false,
   "properties": {},
   "native_type": "aws_guardduty_detector"
  }
 ]
}

test_default if {
	count(guardduty_enabled.deny) == 0 with input as default_input
	count(guardduty_enabled.unknown) == 0 with input as default_input
}

pass_input := {
 "resources": [
  {
   "address": "D",
   "type": "AWS::GuardDuty::Detector",
   "name": "D",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Enable": true
   }
  }
 ]
}

test_pass if {
	count(guardduty_enabled.deny) == 0 with input as pass_input
	count(guardduty_enabled.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "D",
   "type": "AWS::GuardDuty::Detector",
   "name": "D",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Enable": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(guardduty_enabled.deny) == 0 with input as unknown_input
	count(guardduty_enabled.unknown) == 1 with input as unknown_input
}
