provider "aws" {
  region = "us-east-1"
}

resource "aws_efs_file_system" "shared" {
  creation_token   = "shared"
  performance_mode = "generalPurpose"
  encrypted        = false

  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }
}
