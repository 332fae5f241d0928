provider "aws" {
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "db" {
  name = "app/db"
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
