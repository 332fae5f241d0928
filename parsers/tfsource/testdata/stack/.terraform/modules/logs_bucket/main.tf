variable "bucket" {
  type    = string
  default = null
}

variable "acl" {
  type    = string
  default = "private"
}

resource "aws_s3_bucket" "this" {
  bucket = var.bucket
}

resource "aws_s3_bucket_acl" "this" {
  bucket = aws_s3_bucket.this.id
  acl    = var.acl
}

output "s3_bucket_id" {
  value = aws_s3_bucket.this.id
}
