provider "aws" {
  region = "us-east-1"
}

variable "retention_hours" {
  type    = number
  default = 168
}

resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 2
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
  retention_period = var.retention_hours
}
