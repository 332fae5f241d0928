package iacvet.rules.wafv2_logging_test

import data.iacvet.rules.wafv2_logging

none_input := {
 "resources": [
  {
   "address": "Acl",
   "type": "AWS::WAFv2::WebACL",
   "name": "Acl",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Scope": "REGIONAL"
   }
  }
 ]
}

test_none if {
	count(wafv2_logging.deny) == 1 with input as none_input
}

other_input := {
 "resources": [
  {
   "address": "Acl",
   "type": "AWS::WAFv2::WebACL",
   "name": "Acl",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Scope": "REGIONAL"
   }
  },
  {
   "address": "Other",
   "type": "AWS::WAFv2::WebACL",
   "name": "Other",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Scope": "REGIONAL"
   }
  },
  {
   "address": "Log",
   "type": "AWS::WAFv2::LoggingConfiguration",
   "name": "Log",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "ResourceArn": {
     "$ref": "Other.Arn",
     "$unknown": true
    }
   }
  }
 ]
}

test_other if {
	count(wafv2_logging.deny) == 1 with input as other_input
}

pass_input := {
 "resources": [
  {
   "address": "Acl",
   "type": "AWS::WAFv2::WebACL",
   "name": "Acl",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Scope": "REGIONAL"
   }
  },
  {
   "address": "Log",
   "type": "AWS::WAFv2::LoggingConfiguration",
   "name": "Log",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "ResourceArn": {
     "$ref": "Acl",
     "$unknown": true
    }
   }
  }
 ]
}

test_pass if {
	count(wafv2_logging.deny) == 0 with input as pass_input
	count(wafv2_logging.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "Acl",
   "type": "AWS::WAFv2::WebACL",
   "name": "Acl",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Scope": "REGIONAL"
   }
  },
  {
   "address": "Log",
   "type": "AWS::WAFv2::LoggingConfiguration",
   "name": "Log",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "ResourceArn": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(wafv2_logging.deny) == 0 with input as unknown_input
	count(wafv2_logging.unknown) == 1 with input as unknown_input
}
