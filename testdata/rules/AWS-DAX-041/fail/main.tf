provider "aws" {
  region = "us-east-1"
}

resource "aws_dax_cluster" "cache" {
  cluster_name       = "orders-cache"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax-orders"
  node_type          = "dax.t3.small"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}
