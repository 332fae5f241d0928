provider "aws" {
  region = "us-east-1"
}

resource "aws_dms_endpoint" "source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders.cluster-abc123.us-east-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms"
  password      = "Replicate-2024"
  ssl_mode      = "require"
}
