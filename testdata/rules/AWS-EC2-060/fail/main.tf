provider "aws" {
  region = "us-east-1"
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0abc1234def567890"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# The application port, opened to the world in two halves.
resource "aws_vpc_security_group_ingress_rule" "app_low" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = "0.0.0.0/1"
}

resource "aws_vpc_security_group_ingress_rule" "app_high" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = "128.0.0.0/1"
}
