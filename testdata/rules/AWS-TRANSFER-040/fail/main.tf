provider "aws" {
  region = "us-east-1"
}

resource "aws_transfer_server" "partners" {
  endpoint_type          = "VPC"
  protocols              = ["SFTP", "FTP"]
  identity_provider_type = "AWS_LAMBDA"
  function               = "arn:aws:lambda:us-east-1:111122223333:function:transfer-auth"
  security_policy_name   = "TransferSecurityPolicy-2024-01"

  endpoint_details {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}
