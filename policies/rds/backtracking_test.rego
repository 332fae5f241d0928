package iacvet.rules.rds_backtracking_test

import data.iacvet.rules.rds_backtracking

cluster(props) := {"resources": [{
	"address": "Cluster", "type": "AWS::RDS::DBCluster", "name": "Cluster", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_unset if {
	count(rds_backtracking.deny) == 1 with input as cluster({"Engine": "aurora-mysql"})
}

test_fail_zero if {
	count(rds_backtracking.deny) == 1 with input as cluster({"Engine": "aurora-mysql", "BacktrackWindow": "0"})
}

test_pass_window if {
	count(rds_backtracking.deny) == 0 with input as cluster({"Engine": "aurora-mysql", "BacktrackWindow": 86400})
}

test_pass_postgres if {
	count(rds_backtracking.deny) == 0 with input as cluster({"Engine": "aurora-postgresql"})
}

test_pass_serverless_v1 if {
	count(rds_backtracking.deny) == 0 with input as cluster({"Engine": "aurora-mysql", "EngineMode": "serverless"})
}

test_pass_global if {
	count(rds_backtracking.deny) == 0 with input as cluster({"Engine": "aurora-mysql", "GlobalClusterIdentifier": "orders"})
}

test_unknown if {
	inp := json.patch(cluster({"Engine": "aurora-mysql", "BacktrackWindow": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(rds_backtracking.deny) == 0 with input as inp
	count(rds_backtracking.unknown) == 1 with input as inp
}
