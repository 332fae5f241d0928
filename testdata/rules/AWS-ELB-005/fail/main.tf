provider "aws" {
  region = "us-east-1"
}

resource "aws_lb" "web" {
  name                       = "web"
  internal                   = false
  load_balancer_type         = "application"
  security_groups            = ["sg-0123456789abcdef0"]
  subnets                    = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  drop_invalid_header_fields = true

  access_logs {
    bucket  = "example-lb-logs"
    prefix  = "web"
    enabled = false
  }

  tags = {
    Name = "web"
  }
}

resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  }
}
