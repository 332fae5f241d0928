provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "main" {
  name = "main"
  s3_bucket_name = "example-trail-logs"
  is_multi_region_trail = true
  enable_log_file_validation = true
}
