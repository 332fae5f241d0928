provider "aws" {
  region = "us-east-1"
}

resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  }

  listener {
    lb_port            = 5443
    lb_protocol        = "ssl"
    instance_port      = 5000
    instance_protocol  = "tcp"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  }
}
