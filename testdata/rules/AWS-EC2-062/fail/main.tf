provider "aws" {
  region = "us-east-1"
}

resource "aws_launch_template" "app" {
  name          = "app"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = true
    security_groups             = ["sg-0abc1234def567890"]
  }
}
