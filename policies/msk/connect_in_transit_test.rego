package iacvet.rules.msk_connect_in_transit_test

import data.iacvet.rules.msk_connect_in_transit

connector(props, unknown) := {"resources": [{"address": "Sink", "type": "AWS::KafkaConnect::Connector", "partial": false, "has_unknown": unknown, "properties": props}]}

test_absent_fails if {
	count(msk_connect_in_transit.deny) == 1 with input as connector({"ConnectorName": "sink"}, false)
}

test_plaintext_fails if {
	count(msk_connect_in_transit.deny) == 1 with input as connector({"KafkaClusterEncryptionInTransit": {"EncryptionType": "PLAINTEXT"}}, false)
}

test_tls_passes if {
	count(msk_connect_in_transit.deny) == 0 with input as connector({"KafkaClusterEncryptionInTransit": {"EncryptionType": "TLS"}}, false)
}

test_unknown if {
	inp := connector({"KafkaClusterEncryptionInTransit": {"EncryptionType": {"$unknown": true}}}, true)
	count(msk_connect_in_transit.deny) == 0 with input as inp
	count(msk_connect_in_transit.unknown) == 1 with input as inp
}
