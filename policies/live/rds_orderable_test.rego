package iacvet.rules.live_rds_orderable_test

import data.iacvet.rules.live_fixtures as fx
import data.iacvet.rules.live_rds_orderable as rule

db(name, class, engine) := {"address": concat(".", ["aws_db_instance", name]), "type": "AWS::RDS::DBInstance", "region": "us-east-1", "properties": {"DBInstanceClass": class, "Engine": engine}}

test_not_orderable if {
	fs := rule.deny with input as {"resources": [db("big", "db.x9.huge", "MySQL"), db("ok", "db.t3.micro", "mysql"), db("pg", "db.x9.huge", "postgres")]}
		with data.aws as fx.aws
	count(fs) == 1
	some f in fs
	f.resource == "aws_db_instance.big"
	f.path == ["DBInstanceClass"]
	f.msg == "DB instance class db.x9.huge cannot be ordered for engine mysql in region us-east-1"
	f.provenance == fx.live
}
