package iacvet.rules.secretsmanager_rotation_interval_test

import data.iacvet.rules.secretsmanager_rotation_interval

res(rules) := {"resources": [{
	"address": "DbRotation", "type": "AWS::SecretsManager::RotationSchedule", "name": "DbRotation", "format": "cloudformation",
	"partial": false, "has_unknown": false,
	"properties": {"SecretId": {"$unknown": true, "$ref": "DbSecret"}, "RotationRules": rules},
}]}

test_fail_days if {
	count(secretsmanager_rotation_interval.deny) == 1 with input as res({"AutomaticallyAfterDays": 180})
}

test_fail_rate if {
	count(secretsmanager_rotation_interval.deny) == 1 with input as res({"ScheduleExpression": "rate(120 days)"})
}

test_pass_days if {
	count(secretsmanager_rotation_interval.deny) == 0 with input as res({"AutomaticallyAfterDays": "90"})
}

test_pass_rate_hours if {
	count(secretsmanager_rotation_interval.deny) == 0 with input as res({"ScheduleExpression": "rate(12 hours)"})
}

test_pass_cron if {
	count(secretsmanager_rotation_interval.deny) == 0 with input as res({"ScheduleExpression": "cron(0 8 1 * ? *)"})
}

test_unknown if {
	inp := json.patch(res({"AutomaticallyAfterDays": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(secretsmanager_rotation_interval.deny) == 0 with input as inp
	count(secretsmanager_rotation_interval.unknown) == 1 with input as inp
}
