provider "aws" {
  region = "us-east-1"
}

resource "aws_efs_file_system" "shared" {
  encrypted = true
  tags = {
    Name = "shared"
  }
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    "Version": "2012-10-17",
    "Statement": [
      {
        "Sid": "Mount",
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
        "Resource": "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
        "Condition": {"Bool": {"aws:SecureTransport": "true"}}
      }
    ]
  })
}
