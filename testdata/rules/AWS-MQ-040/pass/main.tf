provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "k" {
  description         = "data key"
  enable_key_rotation = true
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

  encryption_options {
    use_aws_owned_key = false
    kms_key_id        = aws_kms_key.k.arn
  }
}

# RabbitMQ brokers support AWS owned keys only.
resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d4e5f60001"]
  security_groups    = ["sg-0a1b2c3d4e5f60001"]

  user {
    username = "app"
    password = "change-me-in-secrets-manager"
  }
}
