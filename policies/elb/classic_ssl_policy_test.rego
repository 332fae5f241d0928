package iacvet.rules.elb_classic_ssl_policy_test

import data.iacvet.rules.elb_classic_ssl_policy

clb(props) := {"resources": [{
	"address": "LoadBalancer",
	"type": "AWS::ElasticLoadBalancing::LoadBalancer",
	"name": "LoadBalancer",
	"format": "cloudformation",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"LoadBalancerName": "web"}, props),
}]}

with_unknown(inp) := json.patch(inp, [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])

https(names) := {"LoadBalancerPort": "443", "Protocol": "HTTPS", "InstancePort": "8080", "InstanceProtocol": "HTTP", "PolicyNames": names}

reference(name, value) := {"PolicyName": name, "PolicyType": "SSLNegotiationPolicyType", "Attributes": [{"Name": "Reference-Security-Policy", "Value": value}]}

fail_input := clb({
	"Policies": [reference("web-tls", "ELBSecurityPolicy-2016-08")],
	"Listeners": [https(["web-tls"])],
})

pass_input := clb({
	"Policies": [reference("web-tls", "ELBSecurityPolicy-TLS-1-2-2017-01")],
	"Listeners": [https(["web-tls"])],
})

test_fail if {
	count(elb_classic_ssl_policy.deny) == 1 with input as fail_input
}

test_pass if {
	count(elb_classic_ssl_policy.deny) == 0 with input as pass_input
	count(elb_classic_ssl_policy.unknown) == 0 with input as with_unknown(pass_input)
}

test_outdated_predefined_policies if {
	every v in ["ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-1-2017-01", "ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-2015-03", "ELBSample-OpenSSLDefaultCipherPolicy"] {
		count(elb_classic_ssl_policy.deny) == 1 with input as clb({"Policies": [reference("p", v)], "Listeners": [https(["p"])]})
	}
}

# A listener without an SSL negotiation policy gets ELBSecurityPolicy-2016-08.
test_default_policy if {
	count(elb_classic_ssl_policy.deny) == 1 with input as clb({"Listeners": [object.remove(https([]), ["PolicyNames"])]})
}

# Only a stickiness policy: still the default SSL negotiation policy.
test_stickiness_only_is_default if {
	inp := clb({
		"LBCookieStickinessPolicy": [{"PolicyName": "sticky", "CookieExpirationPeriod": "300"}],
		"Listeners": [https(["sticky"])],
	})
	count(elb_classic_ssl_policy.deny) == 1 with input as inp
}

test_ssl_listener_and_http_ignored if {
	inp := clb({"Listeners": [
		{"LoadBalancerPort": "8443", "Protocol": "SSL", "InstancePort": "8443", "InstanceProtocol": "TCP"},
		{"LoadBalancerPort": "80", "Protocol": "HTTP", "InstancePort": "8080", "InstanceProtocol": "HTTP"},
	]})
	count(elb_classic_ssl_policy.deny) == 1 with input as inp
}

custom(attrs) := clb({
	"Policies": [{"PolicyName": "custom", "PolicyType": "SSLNegotiationPolicyType", "Attributes": attrs}],
	"Listeners": [https(["custom"])],
})

test_custom_policy if {
	count(elb_classic_ssl_policy.deny) == 1 with input as custom([{"Name": "Protocol-TLSv1.2", "Value": "true"}, {"Name": "Protocol-TLSv1", "Value": "true"}])
	count(elb_classic_ssl_policy.deny) == 1 with input as custom([{"Name": "Protocol-SSLv3", "Value": true}])
	count(elb_classic_ssl_policy.deny) == 0 with input as custom([{"Name": "Protocol-TLSv1.2", "Value": "true"}, {"Name": "Protocol-TLSv1", "Value": "false"}, {"Name": "ECDHE-RSA-AES128-GCM-SHA256", "Value": "true"}])
}

# CloudFormation may attach a policy by its LoadBalancerPorts.
by_port(value) := object.union(reference("p", value), {"LoadBalancerPorts": ["443"]})

test_policy_attached_by_port if {
	listener := object.remove(https([]), ["PolicyNames"])
	count(elb_classic_ssl_policy.deny) == 1 with input as clb({"Policies": [by_port("ELBSecurityPolicy-TLS-1-1-2017-01")], "Listeners": [listener]})
	count(elb_classic_ssl_policy.deny) == 0 with input as clb({"Policies": [by_port("ELBSecurityPolicy-TLS-1-2-2017-01")], "Listeners": [listener]})
}

# Terraform: an aws_load_balancer_listener_policy whose load balancer is
# unknown did not join it; the listener's policy is not certain.
test_unlinked_attachment_unknown if {
	lb := clb({"Listeners": [object.remove(https([]), ["PolicyNames"])]})
	attachment := {
		"address": "aws_load_balancer_listener_policy.https",
		"type": "AWS::ElasticLoadBalancing::LoadBalancer",
		"name": "https",
		"format": "terraform",
		"partial": true,
		"has_unknown": true,
		"properties": {"LoadBalancerName": {"$unknown": true}, "Listeners": [{"LoadBalancerPort": 443, "PolicyNames": ["web-tls"]}]},
	}
	inp := json.patch(lb, [{"op": "add", "path": "/resources/-", "value": attachment}])
	count(elb_classic_ssl_policy.deny) == 0 with input as inp
	count(elb_classic_ssl_policy.unknown) == 1 with input as inp
}

# An attachment whose port is unknown stays a listener item of its own.
test_unmatched_port_unknown if {
	inp := with_unknown(clb({
		"Policies": [reference("web-tls", "ELBSecurityPolicy-TLS-1-2-2017-01")],
		"Listeners": [object.remove(https([]), ["PolicyNames"]), {"LoadBalancerPort": {"$unknown": true}, "PolicyNames": ["web-tls"]}],
	}))
	count(elb_classic_ssl_policy.deny) == 0 with input as inp
	count(elb_classic_ssl_policy.unknown) == 1 with input as inp
}

test_unknown_reference if {
	inp := with_unknown(clb({
		"Policies": [reference("web-tls", {"$unknown": true, "$ref": "var.tls_policy"})],
		"Listeners": [https(["web-tls"])],
	}))
	count(elb_classic_ssl_policy.deny) == 0 with input as inp
	count(elb_classic_ssl_policy.unknown) == 1 with input as inp
}

test_unknown_policy_names if {
	inp := with_unknown(clb({"Listeners": [https({"$unknown": true})]}))
	count(elb_classic_ssl_policy.deny) == 0 with input as inp
	count(elb_classic_ssl_policy.unknown) == 1 with input as inp
}

test_unknown_listeners if {
	inp := with_unknown(clb({"Listeners": {"$unknown": true}}))
	count(elb_classic_ssl_policy.deny) == 0 with input as inp
	count(elb_classic_ssl_policy.unknown) == 1 with input as inp
}

test_unknown_protocol if {
	inp := with_unknown(clb({
		"Policies": [reference("web-tls", "ELBSecurityPolicy-2016-08")],
		"Listeners": [object.union(https(["web-tls"]), {"Protocol": {"$unknown": true}})],
	}))
	count(elb_classic_ssl_policy.deny) == 0 with input as inp
	count(elb_classic_ssl_policy.unknown) == 1 with input as inp
}

test_partial_ignored if {
	inp := json.patch(fail_input, [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(elb_classic_ssl_policy.deny) == 0 with input as inp
}
