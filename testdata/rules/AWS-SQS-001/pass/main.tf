provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  kms_master_key_id = "alias/aws/sqs"
}
