provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "efs" {
  description         = "EFS"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "shared" {
  creation_token   = "shared"
  performance_mode = "generalPurpose"
  encrypted        = true
  kms_key_id       = aws_kms_key.efs.arn
}
