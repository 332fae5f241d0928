package iacvet.rules.elb_classic_listener_tls_test

import data.iacvet.rules.elb_classic_listener_tls

clb(listeners) := {"resources": [{
	"address": "LoadBalancer",
	"type": "AWS::ElasticLoadBalancing::LoadBalancer",
	"name": "LoadBalancer",
	"format": "cloudformation",
	"partial": false,
	"has_unknown": false,
	"properties": {"Listeners": listeners},
}]}

https := {"LoadBalancerPort": "443", "Protocol": "HTTPS", "InstancePort": "80", "InstanceProtocol": "HTTP", "SSLCertificateId": "arn:aws:acm:us-east-1:123456789012:certificate/abc"}

fail_input := clb([https, {"LoadBalancerPort": "80", "Protocol": "HTTP", "InstancePort": "80", "InstanceProtocol": "HTTP"}])

pass_input := clb([https, {"LoadBalancerPort": "8443", "Protocol": "SSL", "InstancePort": "8443", "InstanceProtocol": "TCP"}])

test_fail if {
	count(elb_classic_listener_tls.deny) == 1 with input as fail_input
}

test_pass if {
	count(elb_classic_listener_tls.deny) == 0 with input as pass_input
}

test_terraform_lower_case_tcp if {
	count(elb_classic_listener_tls.deny) == 1 with input as clb([{"LoadBalancerPort": 22, "Protocol": "tcp", "InstancePort": 22, "InstanceProtocol": "tcp"}])
}

test_unknown_protocol if {
	inp := json.patch(clb([{"LoadBalancerPort": 80, "Protocol": {"$unknown": true, "$ref": "var.protocol"}}]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_classic_listener_tls.deny) == 0 with input as inp
	count(elb_classic_listener_tls.unknown) == 1 with input as inp
}

test_unknown_listeners if {
	inp := json.patch(clb({"$unknown": true}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_classic_listener_tls.deny) == 0 with input as inp
	count(elb_classic_listener_tls.unknown) == 1 with input as inp
}
