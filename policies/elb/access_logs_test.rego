package iacvet.rules.elb_access_logs_test

import data.iacvet.rules.elb_access_logs

resource(type, props) := {"resources": [{
	"address": "LoadBalancer",
	"type": type,
	"name": "LoadBalancer",
	"format": "cloudformation",
	"partial": false,
	"has_unknown": false,
	"properties": props,
}]}

v2(props) := resource("AWS::ElasticLoadBalancingV2::LoadBalancer", props)

classic(props) := resource("AWS::ElasticLoadBalancing::LoadBalancer", props)

with_unknown(inp) := json.patch(inp, [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])

fail_input := v2({"Type": "application", "LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": "false"}]})

pass_input := v2({"Type": "application", "LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": "true"}, {"Key": "access_logs.s3.bucket", "Value": "logs"}]})

test_fail if {
	count(elb_access_logs.deny) == 1 with input as fail_input
}

test_pass if {
	count(elb_access_logs.deny) == 0 with input as pass_input
}

test_v2_no_attributes if {
	count(elb_access_logs.deny) == 1 with input as v2({"Name": "web"})
}

test_network_ignored if {
	count(elb_access_logs.deny) == 0 with input as v2({"Type": "network"})
}

test_v2_unknown if {
	inp := with_unknown(v2({"LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": {"$unknown": true}}]}))
	count(elb_access_logs.deny) == 0 with input as inp
	count(elb_access_logs.unknown) == 1 with input as inp
}

test_classic_missing if {
	count(elb_access_logs.deny) == 1 with input as classic({"Listeners": []})
}

test_classic_disabled if {
	count(elb_access_logs.deny) == 1 with input as classic({"AccessLoggingPolicy": {"Enabled": false, "S3BucketName": "logs"}})
}

test_classic_enabled if {
	count(elb_access_logs.deny) == 0 with input as classic({"AccessLoggingPolicy": {"Enabled": "true", "S3BucketName": "logs", "EmitInterval": "5"}})
}

test_classic_enabled_by_default if {
	count(elb_access_logs.deny) == 0 with input as classic({"AccessLoggingPolicy": {"S3BucketName": "logs"}})
}

test_classic_unknown if {
	inp := with_unknown(classic({"AccessLoggingPolicy": {"Enabled": {"$unknown": true}, "S3BucketName": "logs"}}))
	count(elb_access_logs.deny) == 0 with input as inp
	count(elb_access_logs.unknown) == 1 with input as inp
}

test_unknown_type if {
	inp := with_unknown(v2({"Type": {"$unknown": true}}))
	count(elb_access_logs.deny) == 0 with input as inp
	count(elb_access_logs.unknown) == 1 with input as inp
}

test_partial_ignored if {
	inp := json.patch(classic({"Listeners": []}), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(elb_access_logs.deny) == 0 with input as inp
}
