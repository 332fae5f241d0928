provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_access_point" "reports" {
  bucket = "example-data"
  name   = "reports"
  policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Sid": "VpcOnly",
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": "arn:aws:s3:us-east-1:111122223333:accesspoint/reports/object/*"
      }
    ]
  })
  vpc_configuration {
    vpc_id = "vpc-0abc1234def567890"
  }
}
