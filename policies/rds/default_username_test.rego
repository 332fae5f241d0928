package iacvet.rules.rds_default_username_test

import data.iacvet.rules.rds_default_username

res(type, props) := {"resources": [{
	"address": "Db", "type": type, "name": "Db", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_instance if {
	count(rds_default_username.deny) == 1 with input as res("AWS::RDS::DBInstance", {"Engine": "mysql", "MasterUsername": "admin"})
}

test_fail_cluster_case if {
	count(rds_default_username.deny) == 1 with input as res("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "MasterUsername": "Postgres"})
}

test_pass_custom if {
	count(rds_default_username.deny) == 0 with input as res("AWS::RDS::DBInstance", {"Engine": "mysql", "MasterUsername": "app_owner"})
}

test_pass_replica_without_user if {
	count(rds_default_username.deny) == 0 with input as res("AWS::RDS::DBInstance", {"SourceDBInstanceIdentifier": "app"})
}

test_unknown if {
	inp := {"resources": [{
		"address": "aws_db_instance.db", "type": "AWS::RDS::DBInstance", "name": "db", "format": "terraform-plan",
		"partial": false, "has_unknown": true, "properties": {"Engine": "mysql", "MasterUsername": {"$unknown": true}},
	}]}
	count(rds_default_username.deny) == 0 with input as inp
	count(rds_default_username.unknown) == 1 with input as inp
}

test_no_unknown_for_replica if {
	inp := {"resources": [{
		"address": "aws_db_instance.replica", "type": "AWS::RDS::DBInstance", "name": "replica", "format": "terraform-plan",
		"partial": false, "has_unknown": true,
		"properties": {"SourceDBInstanceIdentifier": "app", "MasterUsername": {"$unknown": true}},
	}]}
	count(rds_default_username.unknown) == 0 with input as inp
}
