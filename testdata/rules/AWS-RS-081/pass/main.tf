provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  database_name          = "sales"
  master_username        = "warehouse_owner"
  manage_master_password = true
  encrypted              = true
  enhanced_vpc_routing   = true
  skip_final_snapshot    = true
}

resource "aws_redshift_logging" "warehouse" {
  cluster_identifier   = aws_redshift_cluster.warehouse.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

resource "aws_redshift_cluster" "staging" {
  cluster_identifier     = "staging"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  database_name          = "staging"
  master_username        = "staging_owner"
  manage_master_password = true
  encrypted              = true
  enhanced_vpc_routing   = true
  skip_final_snapshot    = true

  logging {
    enable      = true
    bucket_name = "staging-audit-logs"
  }
}
