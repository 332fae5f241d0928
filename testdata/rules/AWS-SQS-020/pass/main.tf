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
        "Sid": "FromTopic",
        "Effect": "Allow",
        "Principal": {
          "Service": "sns.amazonaws.com"
        },
        "Action": "sqs:SendMessage",
        "Resource": "arn:aws:sqs:us-east-1:111122223333:jobs",
        "Condition": {
          "ArnEquals": {
            "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:jobs"
          }
        }
      },
      {
        "Sid": "Org",
        "Effect": "Allow",
        "Principal": "*",
        "Action": "sqs:ReceiveMessage",
        "Resource": "arn:aws:sqs:us-east-1:111122223333:jobs",
        "Condition": {
          "StringEquals": {
            "aws:PrincipalOrgID": "o-a1b2c3d4e5"
          }
        }
      }
    ]
  })
}
