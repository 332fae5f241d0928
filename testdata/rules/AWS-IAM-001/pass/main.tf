provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Effect": "Allow",
        "Action": [
          "s3:GetObject"
        ],
        "Resource": "arn:aws:s3:::example-data/*"
      }
    ]
  })
}
