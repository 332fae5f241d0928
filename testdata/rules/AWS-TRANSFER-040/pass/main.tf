provider "aws" {
  region = "us-east-1"
}

resource "aws_transfer_server" "partners" {
  endpoint_type          = "VPC"
  protocols              = ["SFTP", "FTPS"]
  identity_provider_type = "AWS_LAMBDA"
  function               = "arn:aws:lambda:us-east-1:111122223333:function:transfer-auth"
  certificate            = "arn:aws:acm:us-east-1:111122223333:certificate/6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b"
  security_policy_name   = "TransferSecurityPolicy-2024-01"

  endpoint_details {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_transfer_server" "internal" {
  identity_provider_type = "SERVICE_MANAGED"
}
