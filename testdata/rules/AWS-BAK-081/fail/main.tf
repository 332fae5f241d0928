provider "aws" {
  region = "us-east-1"
}

resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
