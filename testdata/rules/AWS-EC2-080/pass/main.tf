provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "vpn" {
  name              = "/vpn/staff"
  retention_in_days = 365
}

resource "aws_ec2_client_vpn_endpoint" "staff" {
  description            = "staff access"
  client_cidr_block      = "10.100.0.0/22"
  server_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab"
  split_tunnel           = true

  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abcd1234-12ab-34cd-56ef-1234567890ab"
  }

  connection_log_options {
    enabled              = true
    cloudwatch_log_group = aws_cloudwatch_log_group.vpn.name
  }
}
