# METADATA
# title: SageMaker endpoint configuration does not encrypt its storage volumes with KMS
# description: |
#   Without KmsKeyId the ML storage volumes attached to an endpoint's instances, which hold the model artifacts and any data the container writes, are not encrypted with a key of yours. Instance types with local NVMe instance storage (ml.*d*, such as ml.g4dn and ml.m5d) encrypt it with a hardware module and do not accept a key, and serverless variants have no volumes; configurations made only of such variants are not judged.
# custom:
#   id: AWS-SGM-041
#   severity: medium
#   resource_types: [AWS::SageMaker::EndpointConfig]
#   remediation: Set KmsKeyId on the endpoint configuration to a KMS key.
#   terraform: |
#     resource "aws_sagemaker_endpoint_configuration" "model" {
#       kms_key_arn = aws_kms_key.sagemaker.arn
#     }
#   cloudformation: |
#     ModelConfig:
#       Type: AWS::SageMaker::EndpointConfig
#       Properties:
#         KmsKeyId: !GetAtt SageMakerKey.Arn
#   cis: []
#   fsbp: []
package iacvet.rules.sagemaker_endpoint_kms

import data.iacvet.lib

path := ["KmsKeyId"]

# needs_key holds for a variant that runs on instances with EBS volumes.
needs_key(v) if {
	lib.get(v, "ServerlessConfig", null) == null
	t := v.InstanceType
	is_string(t)
	not instance_storage(t)
}

# Instance families with a "d" suffix (m5d, g4dn, p3dn, r5d, ...) use NVMe
# instance storage.
instance_storage(t) if regex.match(`^ml\.[a-z]+[0-9]+[a-z]*d[a-z]*\.`, t)

variants(r) := lib.as_list(lib.get(r.properties, "ProductionVariants", []))

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	names := [lib.get(v, "VariantName", sprintf("#%d", [i])) | some i, v in variants(r); needs_key(v)]
	count(names) > 0
	msg := sprintf("SageMaker endpoint configuration %s does not encrypt the storage volumes of %s with a KMS key", [r.address, concat(", ", names)])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("SageMaker endpoint configuration %s: its encryption key is known only after apply", [r.address])
}
