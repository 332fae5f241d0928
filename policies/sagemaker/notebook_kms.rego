# METADATA
# title: SageMaker notebook instance storage is not encrypted with a customer managed KMS key
# description: |
#   Without KmsKeyId the ML storage volume of a notebook instance, which holds notebooks, training data copies and credentials users save, is encrypted with an AWS managed key whose use cannot be limited by a key policy of yours. A customer managed key can be restricted to the notebook's role and revoked.
# custom:
#   id: AWS-SGM-040
#   severity: low
#   resource_types: [AWS::SageMaker::NotebookInstance]
#   remediation: Create the notebook instance with a customer managed KMS key (the key cannot be changed later).
#   terraform: |
#     resource "aws_sagemaker_notebook_instance" "lab" {
#       kms_key_id = aws_kms_key.sagemaker.id
#     }
#   cloudformation: |
#     Lab:
#       Type: AWS::SageMaker::NotebookInstance
#       Properties:
#         KmsKeyId: !Ref SageMakerKey
#   cis: []
#   fsbp: []
package iacvet.rules.sagemaker_notebook_kms

import data.iacvet.lib

path := ["KmsKeyId"]

# aws_managed holds for an AWS managed key named by alias (alias/aws/...),
# alone or in an ARN.
aws_managed(k) if {
	is_string(k)
	contains(k, "alias/aws/")
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("SageMaker notebook instance %s is not encrypted with a customer managed KMS key", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	aws_managed(lib.at(r.properties, path))
	msg := sprintf("SageMaker notebook instance %s is not encrypted with a customer managed KMS key (an AWS managed key)", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("SageMaker notebook instance %s: its encryption key is known only after apply", [r.address])
}
