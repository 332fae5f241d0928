package iacvet.rules.elasticbeanstalk_managed_updates_test

import data.iacvet.rules.elasticbeanstalk_managed_updates as rule

env(settings, props) := {"resources": [{
	"address": "Web",
	"type": "AWS::ElasticBeanstalk::Environment",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"ApplicationName": "web", "SolutionStackName": "64bit Amazon Linux 2023 v4.3.0 running Python 3.11", "OptionSettings": settings}, props),
}]}

setting(name, value) := {"Namespace": "aws:elasticbeanstalk:managedactions", "OptionName": name, "Value": value}

test_absent_fails if {
	count(rule.deny) == 1 with input as env([], {})
	count(rule.deny) == 1 with input as env([setting("PreferredStartTime", "Sun:02:00")], {})
}

test_disabled_fails if {
	res := rule.deny with input as env([setting("ManagedActionsEnabled", "false")], {})
	count(res) == 1
	some f in res
	f.path == ["OptionSettings", 0, "Value"]
}

test_enabled_passes if {
	count(rule.deny) == 0 with input as env([setting("ManagedActionsEnabled", "true"), setting("PreferredStartTime", "Sun:02:00")], {})
}

test_saved_configuration_is_not_judged if {
	count(rule.deny) == 0 with input as env([], {"TemplateName": "web-baseline"})
}

test_unknown if {
	inp := json.patch(env([setting("ManagedActionsEnabled", {"$unknown": true})], {}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
