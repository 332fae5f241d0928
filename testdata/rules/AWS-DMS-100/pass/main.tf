provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_role" "dms_secrets" {
  name = "dms-secrets"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "dms.us-east-1.amazonaws.com" } }]
  })
}

resource "aws_secretsmanager_secret" "orders_db" {
  name = "orders-db"
}

resource "aws_dms_endpoint" "source" {
  endpoint_id                     = "orders-source"
  endpoint_type                   = "source"
  engine_name                     = "postgres"
  database_name                   = "orders"
  ssl_mode                        = "require"
  secrets_manager_arn             = aws_secretsmanager_secret.orders_db.arn
  secrets_manager_access_role_arn = aws_iam_role.dms_secrets.arn
}
