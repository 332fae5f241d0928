provider "aws" {
  region = "us-east-1"
}

resource "aws_emr_security_configuration" "analytics" {
  name = "analytics"
  configuration = jsonencode({
    "EncryptionConfiguration": {
      "EnableAtRestEncryption": false,
      "EnableInTransitEncryption": true,
      "AtRestEncryptionConfiguration": {
        "S3EncryptionConfiguration": {
          "EncryptionMode": "SSE-S3"
        },
        "LocalDiskEncryptionConfiguration": {
          "EncryptionKeyProviderType": "AwsKms",
          "AwsKmsKey": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          "EnableEbsEncryption": true
        }
      },
      "InTransitEncryptionConfiguration": {
        "TLSCertificateConfiguration": {
          "CertificateProviderType": "PEM",
          "S3Object": "s3://example-emr-certs/certs.zip"
        }
      }
    }
  })
}
