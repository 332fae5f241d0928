locals {
  # range stops at 1024 values (as Terraform's does); nested for
  # expressions over it still build a string of 10^9 bytes.
  a = join(",", [for i in range(1000) : join(",", [for j in range(1000) : "0123456789"])])
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
