package iacvet.rules.msk_in_transit_test

import data.iacvet.rules.msk_in_transit

cluster(props, unknown) := {"resources": [{"address": "Events", "type": "AWS::MSK::Cluster", "partial": false, "has_unknown": unknown, "properties": props}]}

transit(t) := {"ClusterName": "events", "EncryptionInfo": {"EncryptionInTransit": t}}

test_defaults_pass if {
	count(msk_in_transit.deny) == 0 with input as cluster({"ClusterName": "events"}, false)
	count(msk_in_transit.deny) == 0 with input as cluster(transit({"ClientBroker": "TLS", "InCluster": true}), false)
}

test_plaintext_clients_fail if {
	count(msk_in_transit.deny) == 1 with input as cluster(transit({"ClientBroker": "TLS_PLAINTEXT"}), false)
	count(msk_in_transit.deny) == 1 with input as cluster(transit({"ClientBroker": "PLAINTEXT", "InCluster": true}), false)
}

test_in_cluster_off_fails if {
	count(msk_in_transit.deny) == 1 with input as cluster(transit({"ClientBroker": "TLS", "InCluster": "false"}), false)
	count(msk_in_transit.deny) == 2 with input as cluster(transit({"ClientBroker": "PLAINTEXT", "InCluster": false}), false)
}

test_unknown if {
	inp := cluster(transit({"ClientBroker": {"$unknown": true}}), true)
	count(msk_in_transit.deny) == 0 with input as inp
	count(msk_in_transit.unknown) == 1 with input as inp
}
