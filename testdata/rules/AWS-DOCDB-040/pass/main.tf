provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "docdb" {
  description         = "DocumentDB"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier  = "docs"
  engine              = "docdb"
  master_username     = "docsadmin"
  master_password     = "change-me-in-secrets-manager"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.docdb.arn
  skip_final_snapshot = true
}

# A point-in-time copy of another cluster: encryption comes from the source.
resource "aws_docdb_cluster" "copy" {
  cluster_identifier  = "docs-copy"
  engine              = "docdb"
  skip_final_snapshot = true

  restore_to_point_in_time {
    source_cluster_identifier  = "docs"
    use_latest_restorable_time = true
  }
}
