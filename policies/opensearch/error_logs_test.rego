package iacvet.rules.opensearch_error_logs_test

import data.iacvet.rules.opensearch_error_logs as rule

domain(opts) := {"resources": [{
	"address": "Search",
	"type": "AWS::OpenSearchService::Domain",
	"partial": false,
	"has_unknown": false,
	"properties": {"DomainName": "search", "LogPublishingOptions": opts},
}]}

arn := "arn:aws:logs:us-east-1:111122223333:log-group:/aws/opensearch/search"

test_absent_fails if {
	count(rule.deny) == 1 with input as domain({})
	count(rule.deny) == 1 with input as domain({"AUDIT_LOGS": {"CloudWatchLogsLogGroupArn": arn}})
}

test_disabled_fails if {
	count(rule.deny) == 1 with input as domain({"ES_APPLICATION_LOGS": {"Enabled": false, "CloudWatchLogsLogGroupArn": arn}})
}

test_published_passes if {
	count(rule.deny) == 0 with input as domain({"ES_APPLICATION_LOGS": {"CloudWatchLogsLogGroupArn": arn}})
	count(rule.deny) == 0 with input as domain({"ES_APPLICATION_LOGS": {"Enabled": true, "CloudWatchLogsLogGroupArn": {"$unknown": true, "$ref": "SearchLogs.Arn"}}})
}

test_unknown if {
	inp := json.patch(domain({"ES_APPLICATION_LOGS": {"Enabled": {"$unknown": true}, "CloudWatchLogsLogGroupArn": arn}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
