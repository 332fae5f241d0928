provider "aws" {
  region = "us-east-1"
}

resource "aws_kinesis_firehose_delivery_stream" "logs" {
  name        = "app-logs"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose-logs"
    bucket_arn = "arn:aws:s3:::app-logs-123456789012"
  }

  # Present but off: records are buffered unencrypted.
  server_side_encryption {
    enabled  = false
    key_type = "AWS_OWNED_CMK"
  }
}
