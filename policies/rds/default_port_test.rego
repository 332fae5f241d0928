package iacvet.rules.rds_default_port_test

import data.iacvet.rules.rds_default_port

res(type, props) := {"resources": [{
	"address": "Db", "type": type, "name": "Db", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(rds_default_port.deny) == 1 with input as res("AWS::RDS::DBInstance", {"Engine": "postgres", "Port": "5432"})
}

test_fail_unset if {
	count(rds_default_port.deny) == 1 with input as res("AWS::RDS::DBInstance", {"Engine": "sqlserver-se"})
}

test_fail_cluster if {
	count(rds_default_port.deny) == 1 with input as res("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "Port": 3306})
}

test_pass_custom_port if {
	count(rds_default_port.deny) == 0 with input as res("AWS::RDS::DBInstance", {"Engine": "mysql", "Port": 3307})
}

test_pass_other_engine_port if {
	# 5432 is only the default of PostgreSQL.
	count(rds_default_port.deny) == 0 with input as res("AWS::RDS::DBInstance", {"Engine": "oracle-ee", "Port": 5432})
}

test_pass_cluster_member if {
	count(rds_default_port.deny) == 0 with input as res("AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": "app"})
}

test_unknown if {
	inp := {"resources": [{
		"address": "aws_db_instance.db", "type": "AWS::RDS::DBInstance", "name": "db", "format": "terraform-plan",
		"partial": false, "has_unknown": true, "properties": {"Engine": "postgres", "Port": {"$unknown": true}},
	}]}
	count(rds_default_port.deny) == 0 with input as inp
	count(rds_default_port.unknown) == 1 with input as inp
}
