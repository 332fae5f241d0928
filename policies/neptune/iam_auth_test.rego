package iacvet.rules.neptune_iam_auth_test

import data.iacvet.rules.neptune_iam_auth

res(props) := {"resources": [{
	"address": "Res", "type": "AWS::Neptune::DBCluster", "name": "Res", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(neptune_iam_auth.deny) > 0 with input as res({"DBClusterIdentifier": "graph", "StorageEncrypted": true, "IamAuthEnabled": false})
}

test_fail_string if {
	count(neptune_iam_auth.deny) > 0 with input as res({"DBClusterIdentifier": "graph", "StorageEncrypted": true, "IamAuthEnabled": "false"})
}

test_pass_explicit if {
	count(neptune_iam_auth.deny) == 0 with input as res({"DBClusterIdentifier": "graph", "StorageEncrypted": true, "IamAuthEnabled": true})
}

test_fail_default if {
	count(neptune_iam_auth.deny) > 0 with input as res({"DBClusterIdentifier": "graph", "StorageEncrypted": true})
}

test_unknown if {
	inp := json.patch(res({"DBClusterIdentifier": "graph", "StorageEncrypted": true, "IamAuthEnabled": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(neptune_iam_auth.deny) == 0 with input as inp
	count(neptune_iam_auth.unknown) > 0 with input as inp
}
