package iacvet.rules.mq_deployment_mode_test

import data.iacvet.rules.mq_deployment_mode

res(props) := {"resources": [{
	"address": "Events", "type": "AWS::AmazonMQ::Broker", "name": "Events", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"BrokerName": "events", "HostInstanceType": "mq.m5.large"}, props),
}]}

test_fail_activemq if {
	count(mq_deployment_mode.deny) == 1 with input as res({"EngineType": "ACTIVEMQ", "DeploymentMode": "SINGLE_INSTANCE"})
}

test_fail_rabbitmq if {
	count(mq_deployment_mode.deny) == 1 with input as res({"EngineType": "RABBITMQ", "DeploymentMode": "SINGLE_INSTANCE"})
}

test_pass_active_standby if {
	count(mq_deployment_mode.deny) == 0 with input as res({"EngineType": "ACTIVEMQ", "DeploymentMode": "ACTIVE_STANDBY_MULTI_AZ"})
}

test_pass_cluster if {
	count(mq_deployment_mode.deny) == 0 with input as res({"EngineType": "RABBITMQ", "DeploymentMode": "CLUSTER_MULTI_AZ"})
}

test_unknown if {
	inp := json.patch(res({"EngineType": "ACTIVEMQ", "DeploymentMode": {"$unknown": true}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(mq_deployment_mode.deny) == 0 with input as inp
	count(mq_deployment_mode.unknown) == 1 with input as inp
}
