package iacvet.rules.iam_access_key_test

import data.iacvet.rules.iam_access_key

res(props) := {"resources": [{
	"address": "Key", "type": "AWS::IAM::AccessKey", "name": "Key", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": props,
}]}

test_fail_default_active if {
	count(iam_access_key.deny) == 1 with input as res({"UserName": "deployer"})
}

test_fail_active if {
	count(iam_access_key.deny) == 1 with input as res({"UserName": {"$unknown": true, "$ref": "Deployer"}, "Status": "Active"})
}

test_pass_inactive if {
	count(iam_access_key.deny) == 0 with input as res({"UserName": "deployer", "Status": "Inactive"})
}

test_unknown if {
	inp := json.patch(res({"UserName": "deployer", "Status": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(iam_access_key.deny) == 0 with input as inp
	count(iam_access_key.unknown) == 1 with input as inp
}
