provider "aws" {
  region = "us-east-1"
}

resource "aws_dms_endpoint" "source" {
  endpoint_id                     = "source"
  endpoint_type                   = "source"
  engine_name                     = "postgres"
  database_name                   = "orders"
  secrets_manager_arn             = "arn:aws:secretsmanager:us-east-1:111122223333:secret:dms-source-a1b2c3"
  secrets_manager_access_role_arn = "arn:aws:iam::111122223333:role/dms-secrets"
  ssl_mode                        = "none"
}
