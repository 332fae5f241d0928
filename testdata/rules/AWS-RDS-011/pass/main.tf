provider "aws" {
  region = "us-east-1"
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "orders_owner"
  manage_master_user_password = true
  storage_encrypted           = true
}

# A read replica has no master user of its own.
resource "aws_db_instance" "source" {
  identifier                  = "app"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "app_owner"
  manage_master_user_password = true
  backup_retention_period     = 7
}

resource "aws_db_instance" "replica" {
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.source.identifier
  instance_class      = "db.t3.micro"
  storage_encrypted   = true
}
