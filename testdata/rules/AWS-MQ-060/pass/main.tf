provider "aws" {
  region = "us-east-1"
}

# publicly_accessible defaults to false.
resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"
  subnet_ids         = ["subnet-0abc1234def567890"]
  security_groups    = ["sg-0abc1234def567890"]

  user {
    username = "orders"
    password = "correct-horse-battery"
  }
}
