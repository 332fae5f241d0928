provider "aws" {
  region = "us-east-1"
}

# Blocks new public ACLs and policies, but existing public ACLs and
# policies still work.
resource "aws_s3_account_public_access_block" "this" {
  block_public_acls   = true
  block_public_policy = true
}
