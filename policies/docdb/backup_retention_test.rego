package iacvet.rules.docdb_backup_retention_test

import data.iacvet.rules.docdb_backup_retention

fail_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::DocDB::DBCluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupRetentionPeriod": 3
   }
  }
 ]
}

test_fail if {
	count(docdb_backup_retention.deny) == 1 with input as fail_input
}

default_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::DocDB::DBCluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "StorageEncrypted": true
   }
  }
 ]
}

test_default if {
	count(docdb_backup_retention.deny) == 1 with input as default_input
}

pass_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::DocDB::DBCluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "BackupRetentionPeriod": "7"
   }
  }
 ]
}

test_pass if {
	count(docdb_backup_retention.deny) == 0 with input as pass_input
	count(docdb_backup_retention.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::DocDB::DBCluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "BackupRetentionPeriod": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(docdb_backup_retention.deny) == 0 with input as unknown_input
	count(docdb_backup_retention.unknown) == 1 with input as unknown_input
}
