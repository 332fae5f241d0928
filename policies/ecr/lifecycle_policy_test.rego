package iacvet.rules.ecr_lifecycle_policy_test

import data.iacvet.rules.ecr_lifecycle_policy

res(props) := {"resources": [{
	"address": "App", "type": "AWS::ECR::Repository", "name": "App", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"RepositoryName": "app"}, props),
}]}

test_fail if {
	count(ecr_lifecycle_policy.deny) == 1 with input as res({})
}

test_fail_empty_text if {
	count(ecr_lifecycle_policy.deny) == 1 with input as res({"LifecyclePolicy": {"LifecyclePolicyText": ""}})
}

test_pass if {
	count(ecr_lifecycle_policy.deny) == 0 with input as res({"LifecyclePolicy": {"LifecyclePolicyText": "{\"rules\": []}"}})
}

test_pass_partial if {
	inp := json.patch(res({}), [{"op": "replace", "path": "/resources/0/partial", "value": true}])
	count(ecr_lifecycle_policy.deny) == 0 with input as inp
}

test_unknown if {
	inp := json.patch(res({"LifecyclePolicy": {"LifecyclePolicyText": {"$unknown": true}}}), [{"op": "add", "path": "/resources/0/has_unknown", "value": true}])
	count(ecr_lifecycle_policy.deny) == 0 with input as inp
	count(ecr_lifecycle_policy.unknown) == 1 with input as inp
}
