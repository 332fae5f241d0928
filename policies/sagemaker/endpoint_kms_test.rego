package iacvet.rules.sagemaker_endpoint_kms_test

import data.iacvet.rules.sagemaker_endpoint_kms

config(props, unknown) := {"resources": [{"address": "ModelConfig", "type": "AWS::SageMaker::EndpointConfig", "partial": false, "has_unknown": unknown, "properties": props}]}

ebs := {"VariantName": "primary", "ModelName": "m", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}

test_no_key_fails if {
	count(sagemaker_endpoint_kms.deny) == 1 with input as config({"ProductionVariants": [ebs]}, false)
}

test_key_passes if {
	count(sagemaker_endpoint_kms.deny) == 0 with input as config({"ProductionVariants": [ebs], "KmsKeyId": "alias/models"}, false)
}

test_instance_storage_and_serverless_not_judged if {
	nvme := [{"VariantName": "gpu", "InstanceType": "ml.g4dn.xlarge"}, {"VariantName": "cpu", "InstanceType": "ml.m5d.large"}, {"VariantName": "p", "InstanceType": "ml.p3dn.24xlarge"}]
	count(sagemaker_endpoint_kms.deny) == 0 with input as config({"ProductionVariants": nvme}, false)
	serverless := [{"VariantName": "s", "ServerlessConfig": {"MaxConcurrency": 5, "MemorySizeInMB": 2048}}]
	count(sagemaker_endpoint_kms.deny) == 0 with input as config({"ProductionVariants": serverless}, false)
}

test_mixed_fails_once if {
	mixed := [ebs, {"VariantName": "gpu", "InstanceType": "ml.g4dn.xlarge"}, object.union(ebs, {"VariantName": "canary"})]
	count(sagemaker_endpoint_kms.deny) == 1 with input as config({"ProductionVariants": mixed}, false)
}

test_unknown if {
	inp := config({"ProductionVariants": [ebs], "KmsKeyId": {"$unknown": true}}, true)
	count(sagemaker_endpoint_kms.deny) == 0 with input as inp
	count(sagemaker_endpoint_kms.unknown) == 1 with input as inp
}
