provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_transit_gateway" "hub" {
  description                    = "shared hub"
  auto_accept_shared_attachments = "enable"
}
