package iacvet.rules.appsync_logging_test

import data.iacvet.rules.appsync_logging as rule

api(props) := {"resources": [{
	"address": "Orders",
	"type": "AWS::AppSync::GraphQLApi",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"Name": "orders", "AuthenticationType": "AWS_IAM"}, props),
}]}

role := "arn:aws:iam::111122223333:role/appsync-logs"

test_absent_fails if {
	count(rule.deny) == 1 with input as api({})
	count(rule.deny) == 1 with input as api({"LogConfig": {"CloudWatchLogsRoleArn": role, "FieldLogLevel": "NONE"}})
}

test_logging_passes if {
	count(rule.deny) == 0 with input as api({"LogConfig": {"CloudWatchLogsRoleArn": role, "FieldLogLevel": "ERROR"}})
	count(rule.deny) == 0 with input as api({"LogConfig": {"CloudWatchLogsRoleArn": role, "FieldLogLevel": "ALL"}})
}

test_unknown if {
	inp := json.patch(api({"LogConfig": {"FieldLogLevel": {"$unknown": true}}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
