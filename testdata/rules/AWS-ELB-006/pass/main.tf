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
    lb_port            = 8443
    lb_protocol        = "ssl"
    instance_port      = 8443
    instance_protocol  = "tcp"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  }
}

# TLS 1.2 only.
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls.policy_name]
}

# A custom policy: TLS 1.2 only.
resource "aws_lb_ssl_negotiation_policy" "ssl" {
  name          = "web-ssl"
  load_balancer = aws_elb.web.id
  lb_port       = 8443

  attribute {
    name  = "Protocol-TLSv1"
    value = "false"
  }

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  attribute {
    name  = "Server-Defined-Cipher-Order"
    value = "true"
  }

  attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
}
