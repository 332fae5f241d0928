provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "workspaces" {
  description         = "WorkSpaces volumes"
  enable_key_rotation = true
}

resource "aws_workspaces_workspace" "dev" {
  directory_id = "d-9067a1b2c3"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "dev"

  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
  volume_encryption_key          = aws_kms_key.workspaces.arn

  workspace_properties {
    running_mode = "AUTO_STOP"
  }
}
