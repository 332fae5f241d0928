provider "aws" {
  region = "us-east-1"
}

variable "enhanced_vpc_routing" {
  type    = bool
  default = true
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  database_name          = "sales"
  master_username        = "warehouse_owner"
  manage_master_password = true
  encrypted              = true
  enhanced_vpc_routing   = var.enhanced_vpc_routing
  skip_final_snapshot    = true
}
