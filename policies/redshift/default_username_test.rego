package iacvet.rules.redshift_default_username_test

import data.iacvet.rules.redshift_default_username

res(props) := {"resources": [{
	"address": "Warehouse", "type": "AWS::Redshift::Cluster", "name": "Warehouse", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"NodeType": "ra3.xlplus", "DBName": "sales"}, props),
}]}

test_fail if {
	count(redshift_default_username.deny) == 1 with input as res({"MasterUsername": "awsuser"})
}

test_fail_case if {
	count(redshift_default_username.deny) == 1 with input as res({"MasterUsername": "AWSUser"})
}

test_pass if {
	count(redshift_default_username.deny) == 0 with input as res({"MasterUsername": "warehouse_owner"})
}

test_pass_from_snapshot if {
	count(redshift_default_username.deny) == 0 with input as res({"SnapshotIdentifier": "warehouse-final"})
}

test_unknown if {
	inp := json.patch(res({"MasterUsername": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(redshift_default_username.deny) == 0 with input as inp
	count(redshift_default_username.unknown) == 1 with input as inp
}
