provider "aws" {
  region = "us-east-1"
}

resource "aws_amplify_app" "site" {
  name                   = "site"
  enable_basic_auth      = true
  basic_auth_credentials = "cHJldmlldzpQcmV2aWV3LTIwMjQ="
}
