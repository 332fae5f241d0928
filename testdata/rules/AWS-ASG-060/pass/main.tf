provider "aws" {
  region = "us-east-1"
}

resource "aws_launch_configuration" "app" {
  name_prefix     = "app-"
  image_id        = "ami-0abcdef1234567890"
  instance_type   = "t3.micro"
  security_groups = ["sg-0abc1234def567890"]
  associate_public_ip_address = false
}
