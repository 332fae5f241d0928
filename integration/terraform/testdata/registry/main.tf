module "s3_bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.2"

  bucket                  = "iacvet-it-registry"
  block_public_acls       = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket" "own" {
  bucket = "iacvet-it-own"
}
