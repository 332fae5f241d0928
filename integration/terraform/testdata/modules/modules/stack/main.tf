module "inner" {
  source = "../bucket"
  name   = "iacvet-it-inner"
}

resource "aws_security_group" "open" {
  name = "iacvet-it-open"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
