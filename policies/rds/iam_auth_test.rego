package iacvet.rules.rds_iam_auth_test

import data.iacvet.rules.rds_iam_auth

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
    "AllocatedStorage": "20",
    "StorageEncrypted": true
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
    "StorageEncrypted": true,
    "EnableIAMDatabaseAuthentication": true
   }
  }
 ]
}

test_fail if {
	count(rds_iam_auth.deny) > 0 with input as fail_input
}

test_pass if {
	count(rds_iam_auth.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/EnableIAMDatabaseAuthentication", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(rds_iam_auth.deny) == 0 with input as unknown_input
	count(rds_iam_auth.unknown) > 0 with input as unknown_input
}

db(props) := {"resources": [{"address": "db", "type": "AWS::RDS::DBCluster", "partial": false, "has_unknown": false, "properties": props}]}

test_engines_without_iam_auth_not_judged if {
	count(rds_iam_auth.deny) == 0 with input as db({"Engine": "aurora-mysql", "EngineMode": "serverless"})
	count(rds_iam_auth.deny) == 0 with input as db({"Engine": "mariadb", "EngineVersion": "10.5.27"})
	count(rds_iam_auth.deny) == 0 with input as db({"Engine": "sqlserver-ex"})
}

test_mariadb_from_10_6 if {
	count(rds_iam_auth.deny) == 1 with input as db({"Engine": "mariadb", "EngineVersion": "10.11.9"})
	count(rds_iam_auth.deny) == 1 with input as db({"Engine": "mariadb"})
	count(rds_iam_auth.deny) == 1 with input as db({"Engine": "aurora-postgresql", "EngineMode": "provisioned"})
}
