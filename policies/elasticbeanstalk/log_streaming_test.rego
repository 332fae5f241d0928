package iacvet.rules.elasticbeanstalk_log_streaming_test

import data.iacvet.rules.elasticbeanstalk_log_streaming as rule

env(settings) := {"resources": [{
	"address": "Web",
	"type": "AWS::ElasticBeanstalk::Environment",
	"partial": false,
	"has_unknown": false,
	"properties": {"ApplicationName": "web", "SolutionStackName": "64bit Amazon Linux 2023 v4.3.0 running Python 3.11", "OptionSettings": settings},
}]}

setting(name, value) := {"Namespace": "aws:elasticbeanstalk:cloudwatch:logs", "OptionName": name, "Value": value}

test_absent_fails if {
	count(rule.deny) == 1 with input as env([])
	count(rule.deny) == 1 with input as env([setting("StreamLogs", "false")])
}

test_other_namespace_fails if {
	count(rule.deny) == 1 with input as env([{"Namespace": "aws:elasticbeanstalk:hostmanager", "OptionName": "StreamLogs", "Value": "true"}])
}

test_streaming_passes if {
	count(rule.deny) == 0 with input as env([setting("StreamLogs", "true"), setting("RetentionInDays", "365")])
}

test_unknown_settings if {
	inp := json.patch(env([{"$unknown": true}]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
