provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_group_policy" "readers" {
  name = "read"
  group = "readers"
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
