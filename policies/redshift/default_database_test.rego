package iacvet.rules.redshift_default_database_test

import data.iacvet.rules.redshift_default_database

res(props) := {"resources": [{
	"address": "Warehouse", "type": "AWS::Redshift::Cluster", "name": "Warehouse", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"NodeType": "ra3.xlplus", "MasterUsername": "warehouse_owner"}, props),
}]}

test_fail if {
	count(redshift_default_database.deny) == 1 with input as res({"DBName": "dev"})
}

test_pass if {
	count(redshift_default_database.deny) == 0 with input as res({"DBName": "sales"})
}

test_pass_developer if {
	count(redshift_default_database.deny) == 0 with input as res({"DBName": "developer"})
}

test_unknown if {
	inp := json.patch(res({"DBName": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(redshift_default_database.deny) == 0 with input as inp
	count(redshift_default_database.unknown) == 1 with input as inp
}
