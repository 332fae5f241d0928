provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier      = "catalog"
  engine                  = "docdb"
  master_username         = "catalogadmin"
  master_password         = "change-me-in-secrets-manager"
  storage_encrypted       = true
  skip_final_snapshot     = false
  backup_retention_period = 7
}
