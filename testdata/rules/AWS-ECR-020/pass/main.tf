provider "aws" {
  region = "us-east-1"
}

resource "aws_ecr_repository_policy" "app" {
  repository = "app"
  policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Sid": "OrgPull",
        "Effect": "Allow",
        "Principal": "*",
        "Action": [
          "ecr:BatchGetImage",
          "ecr:GetDownloadUrlForLayer"
        ],
        "Resource": "*",
        "Condition": {
          "StringEquals": {
            "aws:PrincipalOrgID": "o-a1b2c3d4e5"
          }
        }
      }
    ]
  })
}
