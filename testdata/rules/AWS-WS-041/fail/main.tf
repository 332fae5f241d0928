provider "aws" {
  region = "us-east-1"
}

resource "aws_workspaces_workspace" "dev" {
  directory_id = "d-9067a1b2c3"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "dev"

  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = false
  volume_encryption_key          = "alias/aws/workspaces"
}
