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

  server_side_encryption {
    enabled = true
  }
}

resource "aws_kinesis_stream" "clicks" {
  name            = "clicks"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

# Reads from an encrypted Kinesis stream: SSE is not available here.
resource "aws_kinesis_firehose_delivery_stream" "clicks" {
  name        = "clicks"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = aws_kinesis_stream.clicks.arn
    role_arn           = "arn:aws:iam::123456789012:role/firehose-clicks"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose-clicks"
    bucket_arn = "arn:aws:s3:::clicks-123456789012"
  }
}
