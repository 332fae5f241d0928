package iacvet.rules.rds_backup_retention_test

import data.iacvet.rules.rds_backup_retention

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
    "StorageEncrypted": true,
    "BackupRetentionPeriod": "1"
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
    "BackupRetentionPeriod": "14"
   }
  }
 ]
}

test_fail if {
	count(rds_backup_retention.deny) > 0 with input as fail_input
}

test_pass if {
	count(rds_backup_retention.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/BackupRetentionPeriod", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(rds_backup_retention.deny) == 0 with input as unknown_input
	count(rds_backup_retention.unknown) > 0 with input as unknown_input
}
