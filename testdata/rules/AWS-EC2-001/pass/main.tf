provider "aws" {
  region = "us-east-1"
}

resource "aws_security_group" "web" {
  name = "web"
  description = "web"
  ingress {
    from_port = 22
    to_port = 22
    protocol = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
