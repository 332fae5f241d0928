package iacvet.rules.redshift_enhanced_vpc_routing_test

import data.iacvet.rules.redshift_enhanced_vpc_routing

res(props) := {"resources": [{
	"address": "Res", "type": "AWS::Redshift::Cluster", "name": "Res", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(redshift_enhanced_vpc_routing.deny) > 0 with input as res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true, "EnhancedVpcRouting": false})
}

test_fail_string if {
	count(redshift_enhanced_vpc_routing.deny) > 0 with input as res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true, "EnhancedVpcRouting": "false"})
}

test_pass_explicit if {
	count(redshift_enhanced_vpc_routing.deny) == 0 with input as res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true, "EnhancedVpcRouting": true})
}

test_fail_default if {
	count(redshift_enhanced_vpc_routing.deny) > 0 with input as res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true})
}

test_unknown if {
	inp := json.patch(res({"ClusterIdentifier": "warehouse", "NodeType": "ra3.xlplus", "Encrypted": true, "EnhancedVpcRouting": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(redshift_enhanced_vpc_routing.deny) == 0 with input as inp
	count(redshift_enhanced_vpc_routing.unknown) > 0 with input as inp
}
