provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "dw" {
  cluster_identifier  = "dw"
  node_type           = "ra3.xlplus"
  cluster_type        = "single-node"
  database_name       = "dw"
  master_username     = "admin"
  master_password     = "Warehouse2024pw"
  encrypted           = true
  skip_final_snapshot = true
}
