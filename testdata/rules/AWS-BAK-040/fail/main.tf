provider "aws" {
  region = "us-east-1"
}

resource "aws_backup_vault" "main" {
  name = "main"
}
