variable "buckets" {
  type = list(string)
}

resource "aws_s3_bucket" "this" {
  for_each = toset(var.buckets)
  bucket   = "acme-${each.key}-prod"

  tags = {
    Purpose = each.key
  }
}

resource "aws_s3_bucket_acl" "public" {
  for_each = toset(["assets"])
  bucket   = aws_s3_bucket.this["assets"].id
  acl      = "public-read"
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each                = toset(["logs"])
  bucket                  = aws_s3_bucket.this["logs"].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
