provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "dw" {
  cluster_identifier = "dw"
  node_type = "ra3.xlplus"
  number_of_nodes = 2
  master_username = "admin"
  publicly_accessible = false
  encrypted = false
}
