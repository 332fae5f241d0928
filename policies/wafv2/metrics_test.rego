package iacvet.rules.wafv2_metrics_test

import data.iacvet.rules.wafv2_metrics as rule

vc(on) := {"CloudWatchMetricsEnabled": on, "MetricName": "edge", "SampledRequestsEnabled": true}

acl(top, rules) := {"resources": [{
	"address": "Edge",
	"type": "AWS::WAFv2::WebACL",
	"partial": false,
	"has_unknown": false,
	"properties": {"Name": "edge", "Scope": "CLOUDFRONT", "DefaultAction": {"Allow": {}}, "VisibilityConfig": top, "Rules": rules},
}]}

test_acl_off_fails if {
	count(rule.deny) == 1 with input as acl(vc(false), [])
}

test_rule_off_fails if {
	res := rule.deny with input as acl(vc(true), [{"Name": "common", "Priority": 0, "VisibilityConfig": vc(true)}, {"Name": "bad-inputs", "Priority": 1, "VisibilityConfig": vc("false")}])
	count(res) == 1
	some f in res
	f.path == ["Rules", 1, "VisibilityConfig", "CloudWatchMetricsEnabled"]
}

test_on_passes if {
	count(rule.deny) == 0 with input as acl(vc(true), [{"Name": "common", "Priority": 0, "VisibilityConfig": vc(true)}])
}

test_rule_group if {
	inp := {"resources": [{"address": "Shared", "type": "AWS::WAFv2::RuleGroup", "partial": false, "has_unknown": false, "properties": {"Capacity": 50, "VisibilityConfig": vc(true), "Rules": [{"Name": "geo", "VisibilityConfig": vc(false)}]}}]}
	count(rule.deny) == 1 with input as inp
}

test_unknown if {
	inp := json.patch(acl(vc({"$unknown": true}), []), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
