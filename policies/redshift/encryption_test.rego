package iacvet.rules.redshift_encryption_test

import data.iacvet.rules.redshift_encryption

fail_input := {
 "resources": [
  {
   "address": "Warehouse",
   "type": "AWS::Redshift::Cluster",
   "name": "Warehouse",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ClusterIdentifier": "dw",
    "NodeType": "ra3.xlplus",
    "NumberOfNodes": 2,
    "ClusterType": "multi-node",
    "DBName": "dw",
    "MasterUsername": "admin",
    "MasterUserPassword": "{{resolve:secretsmanager:dw}}"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Warehouse",
   "type": "AWS::Redshift::Cluster",
   "name": "Warehouse",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "ClusterIdentifier": "dw",
    "NodeType": "ra3.xlplus",
    "NumberOfNodes": 2,
    "ClusterType": "multi-node",
    "DBName": "dw",
    "MasterUsername": "admin",
    "MasterUserPassword": "{{resolve:secretsmanager:dw}}",
    "Encrypted": "true"
   }
  }
 ]
}

test_fail if {
	count(redshift_encryption.deny) > 0 with input as fail_input
}

test_pass if {
	count(redshift_encryption.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/Encrypted", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(redshift_encryption.deny) == 0 with input as unknown_input
	count(redshift_encryption.unknown) > 0 with input as unknown_input
}
