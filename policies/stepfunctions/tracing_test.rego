package iacvet.rules.stepfunctions_tracing_test

import data.iacvet.rules.stepfunctions_tracing as rule

sm(props) := {"resources": [{
	"address": "Orders",
	"type": "AWS::StepFunctions::StateMachine",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"RoleArn": "arn:aws:iam::111122223333:role/orders-sfn"}, props),
}]}

test_absent_fails if {
	count(rule.deny) == 1 with input as sm({})
	count(rule.deny) == 1 with input as sm({"TracingConfiguration": {"Enabled": false}})
}

test_enabled_passes if {
	count(rule.deny) == 0 with input as sm({"TracingConfiguration": {"Enabled": true}})
}

test_unknown if {
	inp := json.patch(sm({"TracingConfiguration": {"Enabled": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
