provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_access_point" "reports" {
  bucket = aws_s3_bucket.data.id
  name   = "reports"
  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = false
    ignore_public_acls      = true
    restrict_public_buckets = false
  }
}
