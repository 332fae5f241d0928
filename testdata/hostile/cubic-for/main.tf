locals {
  n = length(flatten([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : a + b + c]]]))
}

resource "aws_s3_bucket" "b" {
  bucket = "hostile-${local.n}"
}

resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
