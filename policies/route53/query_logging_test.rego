package iacvet.rules.route53_query_logging_test

import data.iacvet.rules.route53_query_logging

public_input := {
 "resources": [
  {
   "address": "Zone",
   "type": "AWS::Route53::HostedZone",
   "name": "Zone",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Name": "example.com"
   }
  }
 ]
}

test_public if {
	count(route53_query_logging.deny) == 1 with input as public_input
}

private_input := {
 "resources": [
  {
   "address": "Zone",
   "type": "AWS::Route53::HostedZone",
   "name": "Zone",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Name": "corp.internal",
    "VPCs": [
     {
      "VPCId": "vpc-0abc",
      "VPCRegion": "us-east-1"
     }
    ]
   }
  }
 ]
}

test_private if {
	count(route53_query_logging.deny) == 0 with input as private_input
	count(route53_query_logging.unknown) == 0 with input as private_input
}

pass_input := {
 "resources": [
  {
   "address": "Zone",
   "type": "AWS::Route53::HostedZone",
   "name": "Zone",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Name": "example.com",
    "QueryLoggingConfig": {
     "CloudWatchLogsLogGroupArn": {
      "$ref": "DnsLogs",
      "$unknown": true
     }
    }
   }
  }
 ]
}

test_pass if {
	count(route53_query_logging.deny) == 0 with input as pass_input
	count(route53_query_logging.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "Zone",
   "type": "AWS::Route53::HostedZone",
   "name": "Zone",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Name": "example.com",
    "QueryLoggingConfig": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(route53_query_logging.deny) == 0 with input as unknown_input
	count(route53_query_logging.unknown) == 1 with input as unknown_input
}
