provider "aws" {
  region = "us-east-1"
}

variable "archive_password" {
  type      = string
  sensitive = true
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier          = "docs"
  master_username             = "docs"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
}

resource "aws_docdb_cluster" "archive" {
  cluster_identifier  = "archive"
  master_username     = "archive"
  master_password     = var.archive_password
  storage_encrypted   = true
  skip_final_snapshot = true
}
