package iacvet.rules.appsync_api_key_test

import data.iacvet.rules.appsync_api_key as rule

api(props) := {"resources": [{
	"address": "Orders",
	"type": "AWS::AppSync::GraphQLApi",
	"partial": false,
	"has_unknown": false,
	"properties": object.union({"Name": "orders"}, props),
}]}

test_api_key_fails if {
	count(rule.deny) == 1 with input as api({"AuthenticationType": "API_KEY"})
}

test_additional_api_key_fails if {
	res := rule.deny with input as api({"AuthenticationType": "AWS_IAM", "AdditionalAuthenticationProviders": [{"AuthenticationType": "AMAZON_COGNITO_USER_POOLS"}, {"AuthenticationType": "API_KEY"}]})
	count(res) == 1
	some f in res
	f.path == ["AdditionalAuthenticationProviders", 1, "AuthenticationType"]
}

test_iam_passes if {
	count(rule.deny) == 0 with input as api({"AuthenticationType": "AWS_IAM"})
	count(rule.deny) == 0 with input as api({"AuthenticationType": "AWS_LAMBDA", "AdditionalAuthenticationProviders": [{"AuthenticationType": "AWS_IAM"}]})
}

test_unknown if {
	inp := json.patch(api({"AuthenticationType": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(rule.deny) == 0 with input as inp
	count(rule.unknown) == 1 with input as inp
}
