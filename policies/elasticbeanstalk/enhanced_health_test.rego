package iacvet.rules.elasticbeanstalk_enhanced_health_test

import data.iacvet.rules.elasticbeanstalk_enhanced_health as rule

env(settings) := {"resources": [{
	"address": "Web",
	"type": "AWS::ElasticBeanstalk::Environment",
	"partial": false,
	"has_unknown": false,
	"properties": {"ApplicationName": "web", "SolutionStackName": "64bit Amazon Linux 2023 v4.3.0 running Python 3.11", "OptionSettings": settings},
}]}

setting(value) := {"Namespace": "aws:elasticbeanstalk:healthreporting:system", "OptionName": "SystemType", "Value": value}

test_basic_fails if {
	count(rule.deny) == 1 with input as env([])
	count(rule.deny) == 1 with input as env([setting("basic")])
}

test_enhanced_passes if {
	count(rule.deny) == 0 with input as env([setting("enhanced")])
}

test_unknown if {
	inp := json.patch(env([setting({"$unknown": true})]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
