provider "aws" {
  region = "us-east-1"
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  security_groups    = ["sg-0123456789abcdef0"]
  desync_mitigation_mode = "monitor"
}
