# METADATA
# title: EKS cluster does not encrypt Kubernetes secrets with KMS
# description: |
#   Without envelope encryption, Kubernetes secrets are protected in etcd only by the default EBS encryption.
# custom:
#   id: AWS-EKS-002
#   severity: medium
#   resource_types: [AWS::EKS::Cluster]
#   remediation: Add an encryption config for the secrets resource with a KMS key.
#   terraform: |
#     resource "aws_eks_cluster" "main" {
#       encryption_config {
#         resources = ["secrets"]
#         provider {
#           key_arn = aws_kms_key.eks.arn
#         }
#       }
#     }
#   cloudformation: |
#     Cluster:
#       Type: AWS::EKS::Cluster
#       Properties:
#         EncryptionConfig:
#           - Resources: [secrets]
#             Provider:
#               KeyArn: !GetAtt EksKey.Arn
#   cis: []
#   fsbp: ["EKS.3"]
package iacvet.rules.eks_secrets_encryption

import data.iacvet.lib

encrypts_secrets(r) if {
	some cfg in r.properties.EncryptionConfig
	"secrets" in cfg.Resources
}

deny contains lib.finding(r, msg, "EncryptionConfig") if {
	some r in input.resources
	lib.whole(r)
	lib.known(lib.get(r.properties, "EncryptionConfig", []))
	not encrypts_secrets(r)
	not lib.unknown_at(r.properties, ["EncryptionConfig"])
	msg := sprintf("EKS cluster %s does not encrypt Kubernetes secrets with a KMS key", [r.address])
}

unknown contains lib.finding(r, msg, "EncryptionConfig") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.EncryptionConfig)
	msg := sprintf("EKS cluster %s: secrets encryption is known only after apply", [r.address])
}
