provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "app" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0abc1234def567890"
  associate_public_ip_address = false

  root_block_device {
    volume_size = 10
    volume_type = "gp3"
    encrypted   = true
  }
}
