provider "aws" {
  region = "us-east-1"
}

resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 2
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}
