provider "aws" {
  region = "us-east-1"
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  internal           = false
  subnets            = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
  security_groups    = ["sg-0abc1234def567890"]
}

