provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_parameter_group" "secure" {
  name   = "secure"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  node_type                    = "ra3.xlplus"
  number_of_nodes              = 2
  database_name                = "sales"
  master_username              = "warehouse_owner"
  manage_master_password       = true
  encrypted                    = true
  enhanced_vpc_routing         = true
  skip_final_snapshot          = true
  cluster_parameter_group_name = aws_redshift_parameter_group.secure.name
}
