package iacvet.rules.rds_master_password_test

import data.iacvet.rules.rds_master_password

db(addr, typ, props) := {"address": addr, "type": typ, "partial": false, "has_unknown": false, "properties": props}

secret := "Sup3r-S3cret-Pw"

fail_input := {"resources": [
	db("Db", "AWS::RDS::DBInstance", {"MasterUsername": "app", "MasterUserPassword": secret}),
	db("aws_rds_cluster.c", "AWS::RDS::DBCluster", {"MasterUsername": "app", "MasterUserPassword": {"$sensitive": true, "$literal": true}}),
]}

pass_input := {"resources": [
	db("Managed", "AWS::RDS::DBInstance", {"MasterUsername": "app", "ManageMasterUserPassword": true}),
	db("Dynamic", "AWS::RDS::DBInstance", {"MasterUserPassword": {"$unknown": true}}),
	db("aws_db_instance.var", "AWS::RDS::DBInstance", {"MasterUserPassword": {"$sensitive": true}}),
	db("aws_db_instance.ref", "AWS::RDS::DBInstance", {"MasterUserPassword": {"$unknown": true, "$ref": "random_password.db"}}),
	db("Replica", "AWS::RDS::DBInstance", {"SourceDBInstanceIdentifier": "db-1"}),
	db("Other", "AWS::RDS::DBCluster", {"MasterUserPassword": "{{resolve:secretsmanager:prod/db:SecretString:password}}"}),
]}

test_fail if {
	count(rds_master_password.deny) with input as fail_input == 2
}

test_pass if {
	count(rds_master_password.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := rds_master_password.deny with input as fail_input
	some f in fs
	f.resource == "Db"
	not contains(f.msg, secret)
}
