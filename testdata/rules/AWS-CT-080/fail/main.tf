provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudtrail" "main" {
  name                          = "management"
  s3_bucket_name                = "example-trail-logs"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
