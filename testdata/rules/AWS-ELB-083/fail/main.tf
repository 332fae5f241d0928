provider "aws" {
  region = "us-east-1"
}

resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["us-east-1a", "us-east-1b"]

  listener {
    instance_port      = 80
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b"
  }
}
