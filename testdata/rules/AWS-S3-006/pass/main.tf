provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = "example-data"
  policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Sid": "DenyInsecure",
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": [
          "arn:aws:s3:::example-data",
          "arn:aws:s3:::example-data/*"
        ],
        "Condition": {
          "Bool": {
            "aws:SecureTransport": "false"
          }
        }
      }
    ]
  })
}
