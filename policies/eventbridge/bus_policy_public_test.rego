package iacvet.rules.eventbridge_bus_policy_public_test

import data.iacvet.rules.eventbridge_bus_policy_public as rule

stmt := {"Sid": "Anyone", "Effect": "Allow", "Principal": "*", "Action": "events:PutEvents", "Resource": "arn:aws:events:us-east-1:111122223333:event-bus/orders"}

bus(policy) := {"resources": [{
	"address": "Orders",
	"type": "AWS::Events::EventBus",
	"partial": false,
	"has_unknown": false,
	"properties": {"Name": "orders", "Policy": policy},
}]}

bus_policy(props) := {"resources": [{
	"address": "OrdersPolicy",
	"type": "AWS::Events::EventBusPolicy",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"EventBusName": "orders", "StatementId": "Anyone"}, props),
}]}

org := {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}

test_bus_policy_document if {
	count(rule.deny) == 1 with input as bus({"Version": "2012-10-17", "Statement": [stmt]})
	count(rule.deny) == 1 with input as bus(json.marshal({"Version": "2012-10-17", "Statement": [stmt]}))
	count(rule.deny) == 0 with input as bus({"Version": "2012-10-17", "Statement": [object.union(stmt, {"Condition": org})]})
	count(rule.deny) == 0 with input as bus({"Version": "2012-10-17", "Statement": [object.union(stmt, {"Principal": {"AWS": "arn:aws:iam::444455556666:root"}})]})
}

test_statement if {
	count(rule.deny) == 1 with input as bus_policy({"Statement": stmt})
	count(rule.deny) == 0 with input as bus_policy({"Statement": object.union(stmt, {"Condition": org})})
}

test_legacy if {
	count(rule.deny) == 1 with input as bus_policy({"Action": "events:PutEvents", "Principal": "*"})
	count(rule.deny) == 0 with input as bus_policy({"Action": "events:PutEvents", "Principal": "*", "Condition": {"Type": "StringEquals", "Key": "aws:PrincipalOrgID", "Value": "o-a1b2c3d4e5"}})
	count(rule.deny) == 0 with input as bus_policy({"Action": "events:PutEvents", "Principal": "444455556666"})
}

test_unknown if {
	inp := json.patch(bus_policy({"Action": "events:PutEvents", "Principal": "*", "Condition": {"Type": "StringEquals", "Key": "aws:PrincipalOrgID", "Value": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
