provider "aws" {
  region = "us-east-1"
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  engine              = "neptune"
  storage_encrypted   = true
  skip_final_snapshot = true
  enable_cloudwatch_logs_exports = ["slowquery"]
}
