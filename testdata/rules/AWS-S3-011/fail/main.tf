provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "records" {
  bucket              = "example-records"
  object_lock_enabled = false
}
