provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "k" {
  description         = "data key"
  enable_key_rotation = true
}

resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = aws_kms_key.k.arn
}
