package iacvet.rules.rds_copy_tags_cluster_test

import data.iacvet.rules.rds_copy_tags_cluster

cluster(props) := {"resources": [{
	"address": "Cluster", "type": "AWS::RDS::DBCluster", "name": "Cluster", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": object.union({"Engine": "aurora-postgresql", "StorageEncrypted": true}, props),
}]}

test_fail_false if {
	count(rds_copy_tags_cluster.deny) == 1 with input as cluster({"CopyTagsToSnapshot": false})
}

test_fail_default if {
	count(rds_copy_tags_cluster.deny) == 1 with input as cluster({})
}

test_pass if {
	count(rds_copy_tags_cluster.deny) == 0 with input as cluster({"CopyTagsToSnapshot": "true"})
}

test_unknown if {
	inp := json.patch(cluster({}), [
		{"op": "add", "path": "/resources/0/properties/CopyTagsToSnapshot", "value": {"$unknown": true}},
		{"op": "add", "path": "/resources/0/has_unknown", "value": true},
	])
	count(rds_copy_tags_cluster.deny) == 0 with input as inp
	count(rds_copy_tags_cluster.unknown) == 1 with input as inp
}
