provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_policy" "reports" {
  name = "reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:*", "sqs:SendMessage"]
        Resource = "arn:aws:s3:::reports/*"
      },
    ]
  })
}
