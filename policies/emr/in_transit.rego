# METADATA
# title: EMR security configuration does not encrypt data in transit
# description: |
#   Clusters launched with a security configuration whose EnableInTransitEncryption is not true move shuffle data, HDFS blocks and application traffic (Spark, Tez, Presto) between nodes, and EMRFS traffic beyond TLS to S3, in the clear inside the VPC. EMR encrypts nothing in transit unless the security configuration turns it on with TLS certificates.
# custom:
#   id: AWS-EMR-041
#   severity: medium
#   resource_types: [AWS::EMR::SecurityConfiguration]
#   remediation: Enable in-transit encryption in the security configuration with a TLS certificate provider.
#   terraform: |
#     resource "aws_emr_security_configuration" "analytics" {
#       name = "analytics"
#       configuration = jsonencode({
#         "EncryptionConfiguration": {
#           "EnableAtRestEncryption": true,
#           "EnableInTransitEncryption": true,
#           "AtRestEncryptionConfiguration": {
#             "S3EncryptionConfiguration": {"EncryptionMode": "SSE-S3"}
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
#                 EncryptionMode: SSE-S3
#             InTransitEncryptionConfiguration:
#               TLSCertificateConfiguration:
#                 CertificateProviderType: PEM
#                 S3Object: s3://example-emr-certs/certs.zip
#   cis: []
#   fsbp: []
package iacvet.rules.emr_in_transit

import data.iacvet.lib.emr

deny contains f if some f in emr.deny("EnableInTransitEncryption", "in transit")

unknown contains f if some f in emr.unknown("EnableInTransitEncryption", "in transit")
