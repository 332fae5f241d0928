package iacvet.rules.lambda_url_auth_none_test

import data.iacvet.rules.lambda_url_auth_none

res(props) := {"resources": [{
	"address": "ApiUrl", "type": "AWS::Lambda::Url", "name": "ApiUrl", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"TargetFunctionArn": "arn:aws:lambda:us-east-1:111122223333:function:api"}, props),
}]}

test_fail if {
	count(lambda_url_auth_none.deny) == 1 with input as res({"AuthType": "NONE"})
}

test_pass if {
	count(lambda_url_auth_none.deny) == 0 with input as res({"AuthType": "AWS_IAM"})
}

test_unknown if {
	inp := json.patch(res({"AuthType": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(lambda_url_auth_none.deny) == 0 with input as inp
	count(lambda_url_auth_none.unknown) == 1 with input as inp
}
