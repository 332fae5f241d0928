package iacvet.rules.elb_ssl_policy_test

import data.iacvet.rules.elb_ssl_policy

listener(props) := {"resources": [{
	"address": "HttpsListener",
	"type": "AWS::ElasticLoadBalancingV2::Listener",
	"name": "HttpsListener",
	"format": "cloudformation",
	"partial": false,
	"has_unknown": false,
	"properties": props,
}]}

fail_input := listener({"Protocol": "HTTPS", "Port": "443", "SslPolicy": "ELBSecurityPolicy-TLS-1-1-2017-01"})

pass_input := listener({"Protocol": "HTTPS", "Port": "443", "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})

test_fail if {
	count(elb_ssl_policy.deny) == 1 with input as fail_input
}

test_pass if {
	count(elb_ssl_policy.deny) == 0 with input as pass_input
}

test_default_policy if {
	count(elb_ssl_policy.deny) == 1 with input as listener({"Protocol": "HTTPS", "Port": "443"})
}

test_outdated_policies if {
	every p in ["ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-TLS-1-0-2015-04", "ELBSecurityPolicy-FS-2018-06", "ELBSecurityPolicy-FS-1-1-2019-08", "ELBSecurityPolicy-TLS13-1-0-2021-06", "ELBSecurityPolicy-TLS13-1-1-2021-06"] {
		count(elb_ssl_policy.deny) == 1 with input as listener({"Protocol": "TLS", "SslPolicy": p})
	}
}

test_modern_policies if {
	every p in ["ELBSecurityPolicy-TLS-1-2-2017-01", "ELBSecurityPolicy-TLS-1-2-Ext-2018-06", "ELBSecurityPolicy-FS-1-2-Res-2020-10", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"] {
		count(elb_ssl_policy.deny) == 0 with input as listener({"Protocol": "HTTPS", "SslPolicy": p})
	}
}

test_http_listener_ignored if {
	count(elb_ssl_policy.deny) == 0 with input as listener({"Protocol": "HTTP", "Port": "80"})
}

test_unknown_policy if {
	inp := json.patch(listener({"Protocol": "HTTPS", "SslPolicy": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_ssl_policy.deny) == 0 with input as inp
	count(elb_ssl_policy.unknown) == 1 with input as inp
}
