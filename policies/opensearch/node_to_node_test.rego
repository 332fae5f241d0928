package iacvet.rules.opensearch_node_to_node_test

import data.iacvet.rules.opensearch_node_to_node

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
    "EncryptionAtRestOptions": {
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
    "EncryptionAtRestOptions": {
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
    "NodeToNodeEncryptionOptions": {
     "Enabled": true
    }
   }
  }
 ]
}

test_fail if {
	count(opensearch_node_to_node.deny) > 0 with input as fail_input
}

test_pass if {
	count(opensearch_node_to_node.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/NodeToNodeEncryptionOptions", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(opensearch_node_to_node.deny) == 0 with input as unknown_input
	count(opensearch_node_to_node.unknown) > 0 with input as unknown_input
}
