provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Sid": "Anyone",
        "Effect": "Allow",
        "Principal": "*",
        "Action": [
          "sqs:SendMessage",
          "sqs:ReceiveMessage"
        ],
        "Resource": "arn:aws:sqs:us-east-1:111122223333:jobs"
      }
    ]
  })
}
