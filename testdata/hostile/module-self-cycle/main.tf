# A module that calls itself: Terraform reports the cycle; iacvet must too,
# and still scan what the root declares.
module "self" {
  source = "./"
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
