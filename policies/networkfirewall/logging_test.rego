package iacvet.rules.networkfirewall_logging_test

import data.iacvet.rules.networkfirewall_logging

none_input := {
 "resources": [
  {
   "address": "Fw",
   "type": "AWS::NetworkFirewall::Firewall",
   "name": "Fw",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "FirewallName": "edge"
   }
  }
 ]
}

test_none if {
	count(networkfirewall_logging.deny) == 1 with input as none_input
}

no_destination_input := {
 "resources": [
  {
   "address": "Fw",
   "type": "AWS::NetworkFirewall::Firewall",
   "name": "Fw",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {}
  },
  {
   "address": "Log",
   "type": "AWS::NetworkFirewall::LoggingConfiguration",
   "name": "Log",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "FirewallArn": {
     "$ref": "Fw",
     "$unknown": true
    },
    "LoggingConfiguration": {
     "LogDestinationConfigs": []
    }
   }
  }
 ]
}

test_no_destination if {
	count(networkfirewall_logging.deny) == 1 with input as no_destination_input
}

pass_input := {
 "resources": [
  {
   "address": "Fw",
   "type": "AWS::NetworkFirewall::Firewall",
   "name": "Fw",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {}
  },
  {
   "address": "Log",
   "type": "AWS::NetworkFirewall::LoggingConfiguration",
   "name": "Log",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "FirewallArn": {
     "$ref": "Fw",
     "$unknown": true
    },
    "LoggingConfiguration": {
     "LogDestinationConfigs": [
      {
       "LogType": "ALERT",
       "LogDestinationType": "S3",
       "LogDestination": {
        "bucketName": "logs"
       }
      }
     ]
    }
   }
  }
 ]
}

test_pass if {
	count(networkfirewall_logging.deny) == 0 with input as pass_input
	count(networkfirewall_logging.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "Fw",
   "type": "AWS::NetworkFirewall::Firewall",
   "name": "Fw",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {}
  },
  {
   "address": "Log",
   "type": "AWS::NetworkFirewall::LoggingConfiguration",
   "name": "Log",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "FirewallArn": {
     "$unknown": true
    },
    "LoggingConfiguration": {
     "LogDestinationConfigs": [
      {
       "LogType": "ALERT",
       "LogDestinationType": "S3",
       "LogDestination": {
        "bucketName": "logs"
       }
      }
     ]
    }
   }
  }
 ]
}

test_unknown if {
	count(networkfirewall_logging.deny) == 0 with input as unknown_input
	count(networkfirewall_logging.unknown) == 1 with input as unknown_input
}
