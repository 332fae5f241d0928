provider "aws" {
  region = "us-east-1"
}

resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d4e5f60001"]
  security_groups    = ["sg-0a1b2c3d4e5f60001"]

  user {
    username = "app"
    password = "change-me-in-secrets-manager"
  }
}
