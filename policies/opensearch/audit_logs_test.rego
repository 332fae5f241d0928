package iacvet.rules.opensearch_audit_logs_test

import data.iacvet.rules.opensearch_audit_logs

none_input := {
 "resources": [
  {
   "address": "Search",
   "type": "AWS::OpenSearchService::Domain",
   "name": "Search",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "EngineVersion": "OpenSearch_2.11"
   }
  }
 ]
}

test_none if {
	count(opensearch_audit_logs.deny) == 1 with input as none_input
}

other_kind_input := {
 "resources": [
  {
   "address": "Search",
   "type": "AWS::OpenSearchService::Domain",
   "name": "Search",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "LogPublishingOptions": {
     "ES_APPLICATION_LOGS": {
      "CloudWatchLogsLogGroupArn": {
       "$ref": "Logs",
       "$unknown": true
      }
     }
    }
   }
  }
 ]
}

test_other_kind if {
	count(opensearch_audit_logs.deny) == 1 with input as other_kind_input
}

disabled_input := {
 "resources": [
  {
   "address": "Search",
   "type": "AWS::Elasticsearch::Domain",
   "name": "Search",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "LogPublishingOptions": {
     "AUDIT_LOGS": {
      "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:os",
      "Enabled": "false"
     }
    }
   }
  }
 ]
}

test_disabled if {
	count(opensearch_audit_logs.deny) == 1 with input as disabled_input
}

pass_input := {
 "resources": [
  {
   "address": "Search",
   "type": "AWS::OpenSearchService::Domain",
   "name": "Search",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "LogPublishingOptions": {
     "AUDIT_LOGS": {
      "CloudWatchLogsLogGroupArn": {
       "$ref": "Logs",
       "$unknown": true
      }
     }
    }
   }
  }
 ]
}

test_pass if {
	count(opensearch_audit_logs.deny) == 0 with input as pass_input
	count(opensearch_audit_logs.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "Search",
   "type": "AWS::OpenSearchService::Domain",
   "name": "Search",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "LogPublishingOptions": {
     "AUDIT_LOGS": {
      "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:os",
      "Enabled": {
       "$unknown": true
      }
     }
    }
   }
  }
 ]
}

test_unknown if {
	count(opensearch_audit_logs.deny) == 0 with input as unknown_input
	count(opensearch_audit_logs.unknown) == 1 with input as unknown_input
}
