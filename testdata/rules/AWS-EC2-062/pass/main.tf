provider "aws" {
  region = "us-east-1"
}

resource "aws_launch_template" "app" {
  name          = "app"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = false
    security_groups             = ["sg-0abc1234def567890"]
  }
}

# No interface settings: the subnet decides.
resource "aws_launch_template" "worker" {
  name                   = "worker"
  image_id               = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = ["sg-0abc1234def567890"]
}
