provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier          = "docs"
  master_username             = "docs_owner"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
  enabled_cloudwatch_logs_exports = ["profiler", "audit"]
}
