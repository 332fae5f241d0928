provider "aws" {
  region = "us-east-1"
}

variable "block_public_access" {
  type    = bool
  default = true
}

resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = var.block_public_access
  block_public_policy     = var.block_public_access
  ignore_public_acls      = true
  restrict_public_buckets = true
}
