package iacvet.rules.rds_copy_tags_instance_test

import data.iacvet.rules.rds_copy_tags_instance

db(props) := {"resources": [{
	"address": "Db", "type": "AWS::RDS::DBInstance", "name": "Db", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": object.union({"Engine": "postgres", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20"}, props),
}]}

test_fail_false if {
	count(rds_copy_tags_instance.deny) == 1 with input as db({"CopyTagsToSnapshot": "false"})
}

test_fail_default if {
	count(rds_copy_tags_instance.deny) == 1 with input as db({})
}

test_pass if {
	count(rds_copy_tags_instance.deny) == 0 with input as db({"CopyTagsToSnapshot": true})
}

test_pass_cluster_member if {
	count(rds_copy_tags_instance.deny) == 0 with input as db({"DBClusterIdentifier": "app", "Engine": "aurora-postgresql"})
}

test_unknown if {
	inp := json.patch(db({}), [
		{"op": "add", "path": "/resources/0/properties/CopyTagsToSnapshot", "value": {"$unknown": true}},
		{"op": "add", "path": "/resources/0/has_unknown", "value": true},
	])
	count(rds_copy_tags_instance.deny) == 0 with input as inp
	count(rds_copy_tags_instance.unknown) == 1 with input as inp
}
