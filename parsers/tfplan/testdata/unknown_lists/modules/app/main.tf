variable "vpc_id" {
  type = string
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = var.vpc_id
}

resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = var.vpc_id
}

resource "aws_instance" "app" {
  ami                    = "ami-0c02fb55956c7d316"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.app.id, aws_security_group.admin.id]
}
