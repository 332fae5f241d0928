provider "aws" {
  region = "us-east-1"
}

resource "aws_mq_broker" "events" {
  broker_name         = "events"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.m5.large"
  deployment_mode     = "ACTIVE_STANDBY_MULTI_AZ"
  publicly_accessible = false
  subnet_ids          = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  security_groups     = ["sg-0a1b2c3d4e5f60001"]

  logs {
    general = true
  }

  user {
    username = "events_admin"
    password = "change-me-in-secrets-manager"
  }
}
