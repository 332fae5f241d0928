provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier                  = "warehouse"
  database_name                       = "analytics"
  master_username                     = "warehouse_admin"
  master_password                     = "Change-me-1234"
  node_type                           = "ra3.xlplus"
  cluster_type                        = "single-node"
  encrypted                           = true
  publicly_accessible                 = false
  skip_final_snapshot                 = true
  automated_snapshot_retention_period = 0
}
