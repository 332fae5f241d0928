provider "aws" {
  region = "us-east-1"
}

resource "aws_security_group" "web" {
  name = "web"
  description = "web"
  ingress {
    from_port = 5432
    to_port = 5432
    protocol = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
