package iacvet.rules.sagemaker_root_access_test

import data.iacvet.rules.sagemaker_root_access

res(props) := {"resources": [{
	"address": "Lab", "type": "AWS::SageMaker::NotebookInstance", "name": "Lab", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": object.union({"InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::111122223333:role/lab"}, props),
}]}

test_fail_default if {
	count(sagemaker_root_access.deny) == 1 with input as res({})
}

test_fail_enabled if {
	count(sagemaker_root_access.deny) == 1 with input as res({"RootAccess": "Enabled"})
}

test_pass if {
	count(sagemaker_root_access.deny) == 0 with input as res({"RootAccess": "Disabled"})
}

test_unknown if {
	inp := json.patch(res({"RootAccess": {"$unknown": true}}), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(sagemaker_root_access.deny) == 0 with input as inp
	count(sagemaker_root_access.unknown) == 1 with input as inp
}
