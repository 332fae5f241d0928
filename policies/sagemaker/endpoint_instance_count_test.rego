package iacvet.rules.sagemaker_endpoint_instance_count_test

import data.iacvet.rules.sagemaker_endpoint_instance_count

res(variants) := {"resources": [{
	"address": "Scoring", "type": "AWS::SageMaker::EndpointConfig", "name": "Scoring", "format": "cloudformation",
	"partial": false, "has_unknown": false, "properties": {"ProductionVariants": variants},
}]}

test_fail if {
	count(sagemaker_endpoint_instance_count.deny) == 1 with input as res([{"VariantName": "primary", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}])
}

test_fail_second_variant if {
	count(sagemaker_endpoint_instance_count.deny) == 1 with input as res([
		{"VariantName": "primary", "InstanceType": "ml.m5.large", "InitialInstanceCount": 3},
		{"VariantName": "canary", "InstanceType": "ml.m5.large", "InitialInstanceCount": "1"},
	])
}

test_pass if {
	count(sagemaker_endpoint_instance_count.deny) == 0 with input as res([{"VariantName": "primary", "InstanceType": "ml.m5.large", "InitialInstanceCount": 2}])
}

test_pass_serverless if {
	count(sagemaker_endpoint_instance_count.deny) == 0 with input as res([{"VariantName": "primary", "ServerlessConfig": {"MaxConcurrency": 5, "MemorySizeInMB": 2048}}])
}

test_unknown if {
	inp := json.patch(res([{"VariantName": "primary", "InitialInstanceCount": {"$unknown": true}}]), [{"op": "replace", "path": "/resources/0/has_unknown", "value": true}])
	count(sagemaker_endpoint_instance_count.deny) == 0 with input as inp
	count(sagemaker_endpoint_instance_count.unknown) == 1 with input as inp
}
