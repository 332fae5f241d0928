provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "neptune" {
  description         = "Neptune"
  enable_key_rotation = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  engine              = "neptune"
  storage_encrypted   = true
  kms_key_arn         = aws_kms_key.neptune.arn
  skip_final_snapshot = true
}

# Restored from a snapshot: encryption comes from the snapshot.
resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "graph-restored"
  engine              = "neptune"
  snapshot_identifier = "graph-final-2026-11-30"
  skip_final_snapshot = true
}
