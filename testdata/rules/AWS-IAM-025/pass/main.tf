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
        Action   = ["s3:GetObject", "s3:PutObject", "s3:List*"]
        Resource = "arn:aws:s3:::reports/*"
      },
      {
        Effect   = "Deny"
        Action   = "s3:*"
        Resource = "*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}
