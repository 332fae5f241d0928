provider "aws" {
  region = "us-east-1"
}

resource "aws_glacier_vault" "archive" {
  name = "archive"
  access_policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Sid": "Retrieve",
        "Effect": "Allow",
        "Principal": "*",
        "Action": [
          "glacier:InitiateJob",
          "glacier:GetJobOutput"
        ],
        "Resource": "arn:aws:glacier:us-east-1:111122223333:vaults/archive",
        "Condition": {
          "StringEquals": {
            "aws:UserAgent": "archiver/1.0"
          }
        }
      }
    ]
  })
}
