resource "aws_security_group" "open" {
  name = "open"
}
