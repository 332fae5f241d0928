provider "aws" {
  region = "us-east-1"
}

resource "aws_lb" "ingress" {
  name               = "ingress"
  load_balancer_type = "network"
  internal           = true
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
