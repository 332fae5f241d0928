package iacvet.rules.rds_storage_encrypted_test

import data.iacvet.rules.rds_storage_encrypted

fail_input := {
 "resources": [
  {
   "address": "Db",
   "type": "AWS::RDS::DBInstance",
   "name": "Db",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DBInstanceIdentifier": "app",
    "Engine": "postgres",
    "DBInstanceClass": "db.t3.micro",
    "AllocatedStorage": "20"
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Db",
   "type": "AWS::RDS::DBInstance",
   "name": "Db",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "DBInstanceIdentifier": "app",
    "Engine": "postgres",
    "DBInstanceClass": "db.t3.micro",
    "AllocatedStorage": "20",
    "StorageEncrypted": "true"
   }
  }
 ]
}

test_fail if {
	count(rds_storage_encrypted.deny) > 0 with input as fail_input
}

test_pass if {
	count(rds_storage_encrypted.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/StorageEncrypted", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(rds_storage_encrypted.deny) == 0 with input as unknown_input
	count(rds_storage_encrypted.unknown) > 0 with input as unknown_input
}

# A partial database (one outside the change, known only through a linked
# sub-resource) that does not set StorageEncrypted says nothing about its
# storage.
partial_input := json.patch(fail_input, [{"op": "replace", "path": "/resources/0/partial", "value": true}])

test_partial_ignored if {
	count(rds_storage_encrypted.deny) == 0 with input as partial_input
}

test_partial_explicitly_unencrypted if {
	inp := json.patch(partial_input, [{"op": "add", "path": "/resources/0/properties/StorageEncrypted", "value": "false"}])
	count(rds_storage_encrypted.deny) == 1 with input as inp
}

test_serverless_v1_is_always_encrypted if {
	inp := {"resources": [{"address": "Sls", "type": "AWS::RDS::DBCluster", "partial": false, "has_unknown": false, "properties": {"Engine": "aurora-postgresql", "EngineMode": "serverless"}}]}
	count(rds_storage_encrypted.deny) == 0 with input as inp
	prov := {"resources": [{"address": "Prov", "type": "AWS::RDS::DBCluster", "partial": false, "has_unknown": false, "properties": {"Engine": "aurora-postgresql", "EngineMode": "provisioned"}}]}
	count(rds_storage_encrypted.deny) == 1 with input as prov
}
