provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {
  identifier = "app"
  engine = "postgres"
  instance_class = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier  = "reports"
  engine              = "aurora-postgresql"
  engine_mode         = "serverless"
  master_username     = "reports"
  master_password     = "change-me-in-secrets-manager"
  skip_final_snapshot = true
}
