# METADATA
# title: EMR security configuration does not encrypt data at rest
# description: |
#   Clusters launched with a security configuration whose EnableAtRestEncryption is not true write EMRFS data to S3 and spill HDFS, shuffle and temporary data to local and EBS disks without the encryption the configuration would apply. EMR encrypts nothing at rest unless the security configuration turns it on.
# custom:
#   id: AWS-EMR-040
#   severity: medium
#   resource_types: [AWS::EMR::SecurityConfiguration]
#   remediation: Enable at-rest encryption in the security configuration, for EMRFS on S3 and for local disks (with a KMS key).
#   terraform: |
#     resource "aws_emr_security_configuration" "analytics" {
#       name = "analytics"
#       configuration = jsonencode({
#         "EncryptionConfiguration": {
#           "EnableAtRestEncryption": true,
#           "EnableInTransitEncryption": true,
#           "AtRestEncryptionConfiguration": {
#             "S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": aws_kms_key.emr.arn},
#             "LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": aws_kms_key.emr.arn, "EnableEbsEncryption": true}
#           },
#           "InTransitEncryptionConfiguration": {
#             "TLSCertificateConfiguration": {"CertificateProviderType": "PEM", "S3Object": "s3://example-emr-certs/certs.zip"}
#           }
#         }
#       })
#     }
#   cloudformation: |
#     Analytics:
#       Type: AWS::EMR::SecurityConfiguration
#       Properties:
#         Name: analytics
#         SecurityConfiguration:
#           EncryptionConfiguration:
#             EnableAtRestEncryption: true
#             EnableInTransitEncryption: true
#             AtRestEncryptionConfiguration:
#               S3EncryptionConfiguration:
#                 EncryptionMode: SSE-KMS
#                 AwsKmsKey: !GetAtt EmrKey.Arn
#               LocalDiskEncryptionConfiguration:
#                 EncryptionKeyProviderType: AwsKms
#                 AwsKmsKey: !GetAtt EmrKey.Arn
#                 EnableEbsEncryption: true
#             InTransitEncryptionConfiguration:
#               TLSCertificateConfiguration:
#                 CertificateProviderType: PEM
#                 S3Object: s3://example-emr-certs/certs.zip
#   cis: []
#   fsbp: []
package iacvet.rules.emr_at_rest

import data.iacvet.lib.emr

deny contains f if some f in emr.deny("EnableAtRestEncryption", "at rest")

unknown contains f if some f in emr.unknown("EnableAtRestEncryption", "at rest")
