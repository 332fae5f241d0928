provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Sid": "SameAccount",
        "Effect": "Allow",
        "Principal": "*",
        "Action": "sns:Publish",
        "Resource": "arn:aws:sns:us-east-1:111122223333:alerts",
        "Condition": {
          "StringEquals": {
            "aws:SourceAccount": "111122223333"
          }
        }
      }
    ]
  })
}
