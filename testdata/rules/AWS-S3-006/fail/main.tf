provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = "example-data"
  policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Sid": "Public",
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": "arn:aws:s3:::example-data/*"
      }
    ]
  })
}
