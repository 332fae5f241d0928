package iacvet.rules.kinesis_retention_test

import data.iacvet.rules.kinesis_retention

res(props) := {"resources": [{
	"address": "Events", "type": "AWS::Kinesis::Stream", "name": "Events", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"Name": "events", "ShardCount": 2}, props),
}]}

test_fail_default if {
	count(kinesis_retention.deny) == 1 with input as res({})
}

test_fail_short if {
	count(kinesis_retention.deny) == 1 with input as res({"RetentionPeriodHours": "48"})
}

test_pass_week if {
	count(kinesis_retention.deny) == 0 with input as res({"RetentionPeriodHours": 168})
}

test_pass_year if {
	count(kinesis_retention.deny) == 0 with input as res({"RetentionPeriodHours": 8760})
}

test_unknown if {
	inp := json.patch(res({"RetentionPeriodHours": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(kinesis_retention.deny) == 0 with input as inp
	count(kinesis_retention.unknown) == 1 with input as inp
}
