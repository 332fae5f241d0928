package iacvet.rules.redshift_public_test

import data.iacvet.rules.redshift_public

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
    "MasterUserPassword": "{{resolve:secretsmanager:dw}}",
    "Encrypted": true,
    "PubliclyAccessible": "true"
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
    "Encrypted": true,
    "PubliclyAccessible": false
   }
  }
 ]
}

test_fail if {
	count(redshift_public.deny) > 0 with input as fail_input
}

test_pass if {
	count(redshift_public.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/PubliclyAccessible", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(redshift_public.deny) == 0 with input as unknown_input
	count(redshift_public.unknown) > 0 with input as unknown_input
}
