package iacvet.rules.msk_broker_logs_test

import data.iacvet.rules.msk_broker_logs

none_input := {
 "resources": [
  {
   "address": "K",
   "type": "AWS::MSK::Cluster",
   "name": "K",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ClusterName": "events"
   }
  }
 ]
}

test_none if {
	count(msk_broker_logs.deny) == 1 with input as none_input
}

disabled_input := {
 "resources": [
  {
   "address": "K",
   "type": "AWS::MSK::Cluster",
   "name": "K",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LoggingInfo": {
     "BrokerLogs": {
      "CloudWatchLogs": {
       "Enabled": false
      }
     }
    }
   }
  }
 ]
}

test_disabled if {
	count(msk_broker_logs.deny) == 1 with input as disabled_input
}

s3_input := {
 "resources": [
  {
   "address": "K",
   "type": "AWS::MSK::Cluster",
   "name": "K",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LoggingInfo": {
     "BrokerLogs": {
      "CloudWatchLogs": {
       "Enabled": false
      },
      "S3": {
       "Enabled": true,
       "Bucket": "logs"
      }
     }
    }
   }
  }
 ]
}

test_s3 if {
	count(msk_broker_logs.deny) == 0 with input as s3_input
	count(msk_broker_logs.unknown) == 0 with input as s3_input
}

unknown_input := {
 "resources": [
  {
   "address": "K",
   "type": "AWS::MSK::Cluster",
   "name": "K",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "LoggingInfo": {
     "BrokerLogs": {
      "CloudWatchLogs": {
       "Enabled": {
        "$unknown": true
       }
      }
     }
    }
   }
  }
 ]
}

test_unknown if {
	count(msk_broker_logs.deny) == 0 with input as unknown_input
	count(msk_broker_logs.unknown) == 1 with input as unknown_input
}
