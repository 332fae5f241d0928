# A cut-down stand-in for terraform-aws-modules/s3-bucket/aws 4.1.2, as
# terraform init would have downloaded it.
variable "bucket" {
  type = string
}

variable "block_public_acls" {
  type    = bool
  default = true
}

variable "restrict_public_buckets" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "this" {
  bucket = var.bucket
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = var.block_public_acls
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = var.restrict_public_buckets
}

output "s3_bucket_id" {
  value = aws_s3_bucket.this.id
}
