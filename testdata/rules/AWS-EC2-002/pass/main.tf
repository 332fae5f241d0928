provider "aws" {
  region = "us-east-1"
}

resource "aws_security_group" "web" {
  name = "web"
  description = "web"
  ingress {
    from_port = 3389
    to_port = 3389
    protocol = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
