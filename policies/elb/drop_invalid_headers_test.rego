package iacvet.rules.elb_drop_invalid_headers_test

import data.iacvet.rules.elb_drop_invalid_headers

lb(props) := {"resources": [{
	"address": "LoadBalancer",
	"type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
	"name": "LoadBalancer",
	"format": "cloudformation",
	"partial": false,
	"has_unknown": false,
	"properties": props,
}]}

key := "routing.http.drop_invalid_header_fields.enabled"

fail_input := lb({"Type": "application", "LoadBalancerAttributes": [{"Key": "deletion_protection.enabled", "Value": "true"}]})

pass_input := lb({"Type": "application", "LoadBalancerAttributes": [{"Key": key, "Value": "true"}]})

test_fail if {
	count(elb_drop_invalid_headers.deny) == 1 with input as fail_input
}

test_pass if {
	count(elb_drop_invalid_headers.deny) == 0 with input as pass_input
}

test_explicit_false if {
	count(elb_drop_invalid_headers.deny) == 1 with input as lb({"LoadBalancerAttributes": [{"Key": key, "Value": false}]})
}

test_no_attributes_default_type if {
	count(elb_drop_invalid_headers.deny) == 1 with input as lb({"Name": "web"})
}

test_network_ignored if {
	count(elb_drop_invalid_headers.deny) == 0 with input as lb({"Type": "network"})
}

test_partial_ignored if {
	inp := json.patch(lb({}), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(elb_drop_invalid_headers.deny) == 0 with input as inp
}

test_unknown_value if {
	inp := json.patch(lb({"LoadBalancerAttributes": [{"Key": key, "Value": {"$unknown": true, "$ref": "var.drop"}}]}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_drop_invalid_headers.deny) == 0 with input as inp
	count(elb_drop_invalid_headers.unknown) == 1 with input as inp
}

test_unknown_list if {
	inp := json.patch(lb({"LoadBalancerAttributes": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_drop_invalid_headers.deny) == 0 with input as inp
	count(elb_drop_invalid_headers.unknown) == 1 with input as inp
}

test_unknown_type if {
	inp := json.patch(lb({"Type": {"$unknown": true, "$ref": "var.type"}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(elb_drop_invalid_headers.deny) == 0 with input as inp
	count(elb_drop_invalid_headers.unknown) == 1 with input as inp
}

test_null_type_is_application if {
	count(elb_drop_invalid_headers.deny) == 1 with input as lb({"Type": null})
}
