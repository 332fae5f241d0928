package iacvet.rules.sagemaker_notebook_kms_test

import data.iacvet.rules.sagemaker_notebook_kms

test_no_key_fails if {
	count(sagemaker_notebook_kms.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::SageMaker::NotebookInstance", "partial": false, "has_unknown": false, "properties": {"InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::123456789012:role/sagemaker"}}]}
}

test_aws_managed_key_fails if {
	count(sagemaker_notebook_kms.deny) == 1 with input as {"resources": [{"address": "R", "type": "AWS::SageMaker::NotebookInstance", "partial": false, "has_unknown": false, "properties": {"InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::123456789012:role/sagemaker", "KmsKeyId": "alias/aws/sagemaker"}}]}
}

test_cmk_passes if {
	count(sagemaker_notebook_kms.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::SageMaker::NotebookInstance", "partial": false, "has_unknown": false, "properties": {"InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::123456789012:role/sagemaker", "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}]}
	count(sagemaker_notebook_kms.deny) == 0 with input as {"resources": [{"address": "R", "type": "AWS::SageMaker::NotebookInstance", "partial": false, "has_unknown": true, "properties": {"InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::123456789012:role/sagemaker", "KmsKeyId": {"$unknown": true, "$ref": "aws_kms_key.k.arn"}}}]}
}

test_unknown if {
	inp := {"resources": [{"address": "R", "type": "AWS::SageMaker::NotebookInstance", "partial": false, "has_unknown": true, "properties": {"InstanceType": "ml.t3.medium", "RoleArn": "arn:aws:iam::123456789012:role/sagemaker", "KmsKeyId": {"$unknown": true}}}]}
	count(sagemaker_notebook_kms.deny) == 0 with input as inp
	count(sagemaker_notebook_kms.unknown) == 1 with input as inp
}
