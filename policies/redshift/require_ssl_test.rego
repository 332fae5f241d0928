package iacvet.rules.redshift_require_ssl_test

import data.iacvet.rules.redshift_require_ssl

cluster(props) := {
	"address": "Warehouse", "type": "AWS::Redshift::Cluster", "name": "Warehouse", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"NodeType": "ra3.xlplus", "DBName": "sales"}, props),
}

group(params) := {
	"address": "Secure", "type": "AWS::Redshift::ClusterParameterGroup", "name": "Secure", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"ParameterGroupName": "secure", "ParameterGroupFamily": "redshift-1.0", "Parameters": params},
}

ref := {"$unknown": true, "$ref": "Secure"}

test_fail_default_group if {
	count(redshift_require_ssl.deny) == 1 with input as {"resources": [cluster({})]}
}

test_fail_named_default if {
	count(redshift_require_ssl.deny) == 1 with input as {"resources": [cluster({"ClusterParameterGroupName": "default.redshift-1.0"})]}
}

test_fail_group_without_ssl if {
	inp := {"resources": [cluster({"ClusterParameterGroupName": ref}), group([{"ParameterName": "enable_user_activity_logging", "ParameterValue": "true"}])]}
	count(redshift_require_ssl.deny) == 1 with input as inp
}

test_fail_group_ssl_false if {
	inp := {"resources": [cluster({"ClusterParameterGroupName": "secure"}), group([{"ParameterName": "require_ssl", "ParameterValue": "false"}])]}
	count(redshift_require_ssl.deny) == 1 with input as inp
}

test_pass_by_ref if {
	inp := {"resources": [cluster({"ClusterParameterGroupName": ref}), group([{"ParameterName": "require_ssl", "ParameterValue": "true"}])]}
	count(redshift_require_ssl.deny) == 0 with input as inp
}

test_pass_by_name if {
	inp := {"resources": [cluster({"ClusterParameterGroupName": "Secure"}), group([{"ParameterName": "require_ssl", "ParameterValue": true}])]}
	count(redshift_require_ssl.deny) == 0 with input as inp
}

test_unknown_group_outside if {
	inp := {"resources": [cluster({"ClusterParameterGroupName": "shared-secure"})]}
	count(redshift_require_ssl.deny) == 0 with input as inp
	count(redshift_require_ssl.unknown) == 1 with input as inp
}

test_unknown_value if {
	inp := {"resources": [cluster({"ClusterParameterGroupName": ref}), group([{"ParameterName": "require_ssl", "ParameterValue": {"$unknown": true}}])]}
	count(redshift_require_ssl.deny) == 0 with input as inp
	count(redshift_require_ssl.unknown) == 1 with input as inp
}

test_unknown_name if {
	inp := {"resources": [json.patch(cluster({"ClusterParameterGroupName": {"$unknown": true}}), [{"op": "replace", "path": "/has_unknown", "value": true}])]}
	count(redshift_require_ssl.deny) == 0 with input as inp
	count(redshift_require_ssl.unknown) == 1 with input as inp
}
