provider "aws" {
  region = "us-east-1"
}

variable "preview_password" {
  type      = string
  sensitive = true
}

resource "aws_amplify_app" "site" {
  name                   = "site"
  enable_basic_auth      = true
  basic_auth_credentials = base64encode("preview:${var.preview_password}")
}

resource "aws_amplify_app" "docs" {
  name = "docs"
}
