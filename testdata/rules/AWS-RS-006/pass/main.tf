provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  database_name          = "developer"
  master_username        = "warehouse_owner"
  manage_master_password = true
  encrypted              = true
  enhanced_vpc_routing   = true
  skip_final_snapshot    = true
}
