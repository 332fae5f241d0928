provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier  = "docs"
  master_username     = "docs"
  master_password     = "Documents-2024"
  storage_encrypted   = true
  skip_final_snapshot = true
}
