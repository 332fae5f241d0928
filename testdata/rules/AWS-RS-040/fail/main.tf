provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "dw" {
  cluster_identifier  = "dw"
  node_type           = "ra3.xlplus"
  cluster_type        = "single-node"
  master_username     = "dwadmin"
  master_password     = "Change-me-in-Secrets-Manager-1"
  skip_final_snapshot = true
  encrypted           = true
}
