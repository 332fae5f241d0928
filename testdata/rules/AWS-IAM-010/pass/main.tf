provider "aws" {
  region = "us-east-1"
}

variable "password_length" {
  type    = number
  default = 16
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = var.password_length
  password_reuse_prevention      = 24
  max_password_age               = 90
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
}
