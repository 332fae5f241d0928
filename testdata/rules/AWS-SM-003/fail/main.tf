provider "aws" {
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "db" {
  name       = "orders/db"
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate-orders-db"

  rotation_rules {
    schedule_expression = "rate(180 days)"
  }
}
