package iacvet.rules.opensearch_at_rest_test

import data.iacvet.rules.opensearch_at_rest

fail_input := {
 "resources": [
  {
   "address": "Search",
   "type": "AWS::OpenSearchService::Domain",
   "name": "Search",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DomainName": "search",
    "EngineVersion": "OpenSearch_2.11",
    "ClusterConfig": {
     "InstanceType": "t3.small.search",
     "InstanceCount": 1
    },
    "NodeToNodeEncryptionOptions": {
     "Enabled": true
    },
    "DomainEndpointOptions": {
     "EnforceHTTPS": true,
     "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"
    },
    "VPCOptions": {
     "SubnetIds": [
      "subnet-0123456789abcdef0"
     ],
     "SecurityGroupIds": [
      "sg-0123456789abcdef0"
     ]
    },
    "EncryptionAtRestOptions": {
     "Enabled": "false"
    }
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Search",
   "type": "AWS::OpenSearchService::Domain",
   "name": "Search",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DomainName": "search",
    "EngineVersion": "OpenSearch_2.11",
    "ClusterConfig": {
     "InstanceType": "t3.small.search",
     "InstanceCount": 1
    },
    "NodeToNodeEncryptionOptions": {
     "Enabled": true
    },
    "DomainEndpointOptions": {
     "EnforceHTTPS": true,
     "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"
    },
    "VPCOptions": {
     "SubnetIds": [
      "subnet-0123456789abcdef0"
     ],
     "SecurityGroupIds": [
      "sg-0123456789abcdef0"
     ]
    },
    "EncryptionAtRestOptions": {
     "Enabled": true
    }
   }
  }
 ]
}

test_fail if {
	count(opensearch_at_rest.deny) > 0 with input as fail_input
}

test_pass if {
	count(opensearch_at_rest.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/EncryptionAtRestOptions", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(opensearch_at_rest.deny) == 0 with input as unknown_input
	count(opensearch_at_rest.unknown) > 0 with input as unknown_input
}
