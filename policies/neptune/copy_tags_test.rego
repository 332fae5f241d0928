package iacvet.rules.neptune_copy_tags_test

import data.iacvet.rules.neptune_copy_tags

res(props) := {"resources": [{
	"address": "Res", "type": "AWS::Neptune::DBCluster", "name": "Res", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(neptune_copy_tags.deny) > 0 with input as res({"DBClusterIdentifier": "graph", "StorageEncrypted": true, "CopyTagsToSnapshot": false})
}

test_fail_string if {
	count(neptune_copy_tags.deny) > 0 with input as res({"DBClusterIdentifier": "graph", "StorageEncrypted": true, "CopyTagsToSnapshot": "false"})
}

test_pass_explicit if {
	count(neptune_copy_tags.deny) == 0 with input as res({"DBClusterIdentifier": "graph", "StorageEncrypted": true, "CopyTagsToSnapshot": true})
}

test_fail_default if {
	count(neptune_copy_tags.deny) > 0 with input as res({"DBClusterIdentifier": "graph", "StorageEncrypted": true})
}

test_unknown if {
	inp := json.patch(res({"DBClusterIdentifier": "graph", "StorageEncrypted": true, "CopyTagsToSnapshot": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(neptune_copy_tags.deny) == 0 with input as inp
	count(neptune_copy_tags.unknown) > 0 with input as inp
}
