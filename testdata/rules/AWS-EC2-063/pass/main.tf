provider "aws" {
  region = "us-east-1"
}

# auto_accept_shared_attachments defaults to disable.
resource "aws_ec2_transit_gateway" "hub" {
  description = "shared hub"
}

resource "aws_ec2_transit_gateway" "reviewed" {
  description                    = "reviewed attachments"
  auto_accept_shared_attachments = "disable"
}
