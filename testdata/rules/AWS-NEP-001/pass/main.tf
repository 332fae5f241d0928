provider "aws" {
  region = "us-east-1"
}

variable "iam_auth" {
  type    = bool
  default = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  engine              = "neptune"
  storage_encrypted   = true
  skip_final_snapshot = true
  iam_database_authentication_enabled = var.iam_auth
}
