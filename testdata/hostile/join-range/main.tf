locals {
  a = join(",", range(1000000))
  b = join(",", [for i in range(1000) : local.a])
}

resource "aws_s3_bucket" "b" {
  bucket = "hostile"
  tags   = { big = local.b }
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
