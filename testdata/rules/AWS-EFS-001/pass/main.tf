provider "aws" {
  region = "us-east-1"
}

resource "aws_efs_file_system" "shared" {
  encrypted = true
  tags = {
    Name = "shared"
  }
}

resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.shared.id
  posix_user {
    uid = 1000
    gid = 1000
  }
  root_directory {
    path = "/app"
    creation_info {
      owner_uid   = 1000
      owner_gid   = 1000
      permissions = "750"
    }
  }
}
