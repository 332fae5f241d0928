package iacvet.rules.rds_log_exports_test

import data.iacvet.rules.rds_log_exports

postgres_none_input := {
 "resources": [
  {
   "address": "Db",
   "type": "AWS::RDS::DBInstance",
   "name": "Db",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "postgres"
   }
  }
 ]
}

test_postgres_none if {
	count(rds_log_exports.deny) == 1 with input as postgres_none_input
}

mysql_partial_input := {
 "resources": [
  {
   "address": "Db",
   "type": "AWS::RDS::DBInstance",
   "name": "Db",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "mysql",
    "EnableCloudwatchLogsExports": [
     "error"
    ]
   }
  }
 ]
}

test_mysql_partial if {
	count(rds_log_exports.deny) == 1 with input as mysql_partial_input
}

aurora_mysql_input := {
 "resources": [
  {
   "address": "Cl",
   "type": "AWS::RDS::DBCluster",
   "name": "Cl",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "aurora-mysql",
    "EnableCloudwatchLogsExports": [
     "slowquery"
    ]
   }
  }
 ]
}

test_aurora_mysql if {
	count(rds_log_exports.deny) == 1 with input as aurora_mysql_input
}

in_cluster_input := {
 "resources": [
  {
   "address": "Db",
   "type": "AWS::RDS::DBInstance",
   "name": "Db",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Engine": "aurora-postgresql",
    "DBClusterIdentifier": {
     "$ref": "Cl",
     "$unknown": true
    }
   }
  }
 ]
}

test_in_cluster if {
	count(rds_log_exports.deny) == 0 with input as in_cluster_input
	count(rds_log_exports.unknown) == 0 with input as in_cluster_input
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
    "Engine": "postgres",
    "EnableCloudwatchLogsExports": [
     "postgresql",
     "upgrade"
    ]
   }
  },
  {
   "address": "Cl",
   "type": "AWS::RDS::DBCluster",
   "name": "Cl",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Engine": "aurora-postgresql",
    "EnableCloudwatchLogsExports": [
     "postgresql"
    ]
   }
  }
 ]
}

test_pass if {
	count(rds_log_exports.deny) == 0 with input as pass_input
	count(rds_log_exports.unknown) == 0 with input as pass_input
}

unknown_input := {
 "resources": [
  {
   "address": "Db",
   "type": "AWS::RDS::DBInstance",
   "name": "Db",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": true,
   "properties": {
    "Engine": "mariadb",
    "EnableCloudwatchLogsExports": {
     "$unknown": true
    }
   }
  }
 ]
}

test_unknown if {
	count(rds_log_exports.deny) == 0 with input as unknown_input
	count(rds_log_exports.unknown) == 1 with input as unknown_input
}
