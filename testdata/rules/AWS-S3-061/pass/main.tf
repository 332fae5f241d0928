provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_access_point" "reports" {
  bucket = aws_s3_bucket.data.id
  name   = "reports"
}

resource "aws_s3_access_point" "exports" {
  bucket = aws_s3_bucket.data.id
  name   = "exports"
  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
}
