package iacvet.rules.msk_enhanced_monitoring_test

import data.iacvet.rules.msk_enhanced_monitoring

res(props) := {"resources": [{
	"address": "Events", "type": "AWS::MSK::Cluster", "name": "Events", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"ClusterName": "events", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3}, props),
}]}

test_fail_unset if {
	count(msk_enhanced_monitoring.deny) == 1 with input as res({})
}

test_fail_default if {
	count(msk_enhanced_monitoring.deny) == 1 with input as res({"EnhancedMonitoring": "DEFAULT"})
}

test_fail_per_broker if {
	count(msk_enhanced_monitoring.deny) == 1 with input as res({"EnhancedMonitoring": "PER_BROKER"})
}

test_pass_partition if {
	count(msk_enhanced_monitoring.deny) == 0 with input as res({"EnhancedMonitoring": "PER_TOPIC_PER_PARTITION"})
}

test_pass if {
	count(msk_enhanced_monitoring.deny) == 0 with input as res({"EnhancedMonitoring": "PER_TOPIC_PER_BROKER"})
}

test_unknown if {
	inp := json.patch(res({"EnhancedMonitoring": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(msk_enhanced_monitoring.deny) == 0 with input as inp
	count(msk_enhanced_monitoring.unknown) == 1 with input as inp
}
