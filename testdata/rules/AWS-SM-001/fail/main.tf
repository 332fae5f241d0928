provider "aws" {
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "db" {
  name = "app/db"
}
