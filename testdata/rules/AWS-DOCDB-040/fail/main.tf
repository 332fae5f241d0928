provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier      = "docs"
  engine                  = "docdb"
  master_username         = "docsadmin"
  master_password         = "change-me-in-secrets-manager"
  backup_retention_period = 7
  skip_final_snapshot     = true
}
