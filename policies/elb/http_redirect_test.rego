package iacvet.rules.elb_http_redirect_test

import data.iacvet.rules.elb_http_redirect

listener(props) := {"resources": [{
	"address": "HttpListener",
	"type": "AWS::ElasticLoadBalancingV2::Listener",
	"name": "HttpListener",
	"format": "cloudformation",
	"partial": false,
	"has_unknown": false,
	"properties": props,
}]}

forward := {"Type": "forward", "TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc"}

to_https := {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}

fail_input := listener({"Protocol": "HTTP", "Port": "80", "DefaultActions": [forward]})

pass_input := listener({"Protocol": "HTTP", "Port": 80, "DefaultActions": [to_https]})

test_fail if {
	count(elb_http_redirect.deny) == 1 with input as fail_input
}

test_pass if {
	count(elb_http_redirect.deny) == 0 with input as pass_input
}

test_redirect_to_same_protocol if {
	a := {"Type": "redirect", "RedirectConfig": {"Host": "example.com", "StatusCode": "HTTP_302"}}
	count(elb_http_redirect.deny) == 1 with input as listener({"Protocol": "HTTP", "DefaultActions": [a]})
}

test_lower_case_terraform_values if {
	a := {"Type": "redirect", "RedirectConfig": {"Protocol": "https", "Port": "443"}}
	count(elb_http_redirect.deny) == 0 with input as listener({"Protocol": "http", "DefaultActions": [a]})
}

test_https_listener_ignored if {
	count(elb_http_redirect.deny) == 0 with input as listener({"Protocol": "HTTPS", "DefaultActions": [forward]})
}

test_fixed_response_fails if {
	a := {"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "404"}}
	count(elb_http_redirect.deny) == 1 with input as listener({"Protocol": "HTTP", "DefaultActions": [to_https, a]})
}

test_unknown_redirect_protocol if {
	a := {"Type": "redirect", "RedirectConfig": {"Protocol": {"$unknown": true, "$ref": "var.scheme"}}}
	inp := json.patch(listener({"Protocol": "HTTP", "DefaultActions": [a]}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_http_redirect.deny) == 0 with input as inp
	count(elb_http_redirect.unknown) == 1 with input as inp
}

test_unknown_actions if {
	inp := json.patch(listener({"Protocol": "HTTP", "DefaultActions": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_http_redirect.deny) == 0 with input as inp
	count(elb_http_redirect.unknown) == 1 with input as inp
}

test_unknown_protocol if {
	inp := json.patch(listener({"Protocol": {"$unknown": true}, "DefaultActions": [forward]}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_http_redirect.deny) == 0 with input as inp
	count(elb_http_redirect.unknown) == 1 with input as inp
}

# A listener without a protocol on an Application Load Balancer is HTTP;
# on a Network Load Balancer, or when the balancer is not in the input, it
# is not judged.
with_lb(lb_type, props) := {"resources": [
	{"address": "aws_lb.web", "input": "app", "type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "partial": false, "has_unknown": false, "properties": lb_type},
	{"address": "aws_lb_listener.web", "input": "app", "type": "AWS::ElasticLoadBalancingV2::Listener", "partial": false, "has_unknown": false, "properties": props},
]}

test_default_protocol_on_application_lb if {
	fs := elb_http_redirect.deny with input as with_lb({}, {"Port": 80, "LoadBalancerArn": {"$ref": "aws_lb.web.arn", "$unknown": true}, "DefaultActions": [forward]})
	{f.resource | some f in fs} == {"aws_lb_listener.web"}
}

test_default_protocol_elsewhere_not_judged if {
	count(elb_http_redirect.deny) == 0 with input as with_lb({"Type": "network"}, {"Port": 80, "LoadBalancerArn": {"$ref": "aws_lb.web", "$unknown": true}, "DefaultActions": [forward]})
	count(elb_http_redirect.deny) == 0 with input as with_lb({}, {"Port": 80, "LoadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/abc", "DefaultActions": [forward]})
	count(elb_http_redirect.deny) == 0 with input as with_lb({}, {"Port": 80, "LoadBalancerArn": {"$ref": "aws_lb.web", "$unknown": true}, "DefaultActions": [to_https]})
}
