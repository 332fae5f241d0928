provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 8
  password_reuse_prevention      = 5
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  require_numbers                = true
  allow_users_to_change_password = true
}
