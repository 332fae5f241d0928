# METADATA
# title: SageMaker endpoint variant runs on a single instance
# description: |
#   A production variant with InitialInstanceCount 1 serves from one instance in one availability zone: an instance failure, a zone outage or an instance replacement makes the endpoint unavailable. With two or more instances SageMaker spreads them over zones. Serverless variants are not judged.
# custom:
#   id: AWS-SGM-080
#   severity: medium
#   resource_types: [AWS::SageMaker::EndpointConfig]
#   remediation: Set InitialInstanceCount (initial_instance_count) to 2 or more on every instance-based production variant.
#   terraform: |
#     resource "aws_sagemaker_endpoint_configuration" "scoring" {
#       name = "scoring"
#
#       production_variants {
#         variant_name           = "primary"
#         model_name             = aws_sagemaker_model.scoring.name
#         instance_type          = "ml.m5.large"
#         initial_instance_count = 2
#       }
#     }
#   cloudformation: |
#     Scoring:
#       Type: AWS::SageMaker::EndpointConfig
#       Properties:
#         ProductionVariants:
#           - VariantName: primary
#             ModelName: !GetAtt ScoringModel.ModelName
#             InstanceType: ml.m5.large
#             InitialInstanceCount: 2
#   cis: []
#   fsbp: ["SageMaker.4"]
package iacvet.rules.sagemaker_endpoint_instance_count

import data.iacvet.lib

deny contains lib.finding(r, msg, ["ProductionVariants", i, "InitialInstanceCount"]) if {
	some r in input.resources
	some i, v in lib.as_list(lib.get(r.properties, "ProductionVariants", []))
	is_object(v)
	lib.number(v.InitialInstanceCount) == 1
	msg := sprintf("%s: production variant %v runs on a single instance", [r.address, object.get(v, "VariantName", i)])
}

unknown contains lib.finding(r, msg, ["ProductionVariants", i, "InitialInstanceCount"]) if {
	some r in input.resources
	r.has_unknown
	some i, v in lib.as_list(lib.get(r.properties, "ProductionVariants", []))
	lib.is_unknown(v.InitialInstanceCount)
	msg := sprintf("%s: the instance count of production variant %v is known only after apply", [r.address, object.get(v, "VariantName", i)])
}
