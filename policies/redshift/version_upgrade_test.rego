package iacvet.rules.redshift_version_upgrade_test

import data.iacvet.rules.redshift_version_upgrade

res(props) := {"resources": [{
	"address": "Res", "type": "AWS::Redshift::Cluster", "name": "Res", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(redshift_version_upgrade.deny) > 0 with input as res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true, "AllowVersionUpgrade": false})
}

test_fail_string if {
	count(redshift_version_upgrade.deny) > 0 with input as res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true, "AllowVersionUpgrade": "false"})
}

test_pass_explicit if {
	count(redshift_version_upgrade.deny) == 0 with input as res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true, "AllowVersionUpgrade": true})
}

test_pass_default if {
	count(redshift_version_upgrade.deny) == 0 with input as res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true})
}

test_unknown if {
	inp := json.patch(res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true, "AllowVersionUpgrade": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(redshift_version_upgrade.deny) == 0 with input as inp
	count(redshift_version_upgrade.unknown) > 0 with input as inp
}
