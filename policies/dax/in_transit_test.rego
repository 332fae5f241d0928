package iacvet.rules.dax_in_transit_test

import data.iacvet.rules.dax_in_transit

cluster(props, unknown) := {"resources": [{"address": "Cache", "type": "AWS::DAX::Cluster", "partial": false, "has_unknown": unknown, "properties": props}]}

base := {"NodeType": "dax.t3.small", "ReplicationFactor": 3}

test_default_fails if {
	count(dax_in_transit.deny) == 1 with input as cluster(base, false)
}

test_none_fails if {
	count(dax_in_transit.deny) == 1 with input as cluster(object.union(base, {"ClusterEndpointEncryptionType": "NONE"}), false)
}

test_tls_passes if {
	count(dax_in_transit.deny) == 0 with input as cluster(object.union(base, {"ClusterEndpointEncryptionType": "TLS"}), false)
}

test_unknown if {
	inp := cluster(object.union(base, {"ClusterEndpointEncryptionType": {"$unknown": true}}), true)
	count(dax_in_transit.deny) == 0 with input as inp
	count(dax_in_transit.unknown) == 1 with input as inp
}
