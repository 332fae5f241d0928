package iacvet.rules.mq_auto_minor_upgrade_test

import data.iacvet.rules.mq_auto_minor_upgrade

res(props) := {"resources": [{
	"address": "Res", "type": "AWS::AmazonMQ::Broker", "name": "Res", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_explicit if {
	count(mq_auto_minor_upgrade.deny) > 0 with input as res({"BrokerName": "events", "EngineType": "ACTIVEMQ", "HostInstanceType": "mq.m5.large", "DeploymentMode": "ACTIVE_STANDBY_MULTI_AZ", "AutoMinorVersionUpgrade": false})
}

test_fail_string if {
	count(mq_auto_minor_upgrade.deny) > 0 with input as res({"BrokerName": "events", "EngineType": "ACTIVEMQ", "HostInstanceType": "mq.m5.large", "DeploymentMode": "ACTIVE_STANDBY_MULTI_AZ", "AutoMinorVersionUpgrade": "false"})
}

test_pass_explicit if {
	count(mq_auto_minor_upgrade.deny) == 0 with input as res({"BrokerName": "events", "EngineType": "ACTIVEMQ", "HostInstanceType": "mq.m5.large", "DeploymentMode": "ACTIVE_STANDBY_MULTI_AZ", "AutoMinorVersionUpgrade": true})
}

test_pass_default if {
	count(mq_auto_minor_upgrade.deny) == 0 with input as res({"BrokerName": "events", "EngineType": "ACTIVEMQ", "HostInstanceType": "mq.m5.large", "DeploymentMode": "ACTIVE_STANDBY_MULTI_AZ"})
}

test_unknown if {
	inp := json.patch(res({"BrokerName": "events", "EngineType": "ACTIVEMQ", "HostInstanceType": "mq.m5.large", "DeploymentMode": "ACTIVE_STANDBY_MULTI_AZ", "AutoMinorVersionUpgrade": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(mq_auto_minor_upgrade.deny) == 0 with input as inp
	count(mq_auto_minor_upgrade.unknown) > 0 with input as inp
}
