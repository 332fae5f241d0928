provider "aws" {
  region = "us-east-1"
}

resource "aws_mq_broker" "orders" {
  broker_name         = "orders"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.t3.micro"
  publicly_accessible = true

  user {
    username = "orders"
    password = "correct-horse-battery"
  }
}
