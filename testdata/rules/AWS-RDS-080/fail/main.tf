provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "orders" {
  identifier                          = "orders"
  engine                              = "mysql"
  engine_version                      = "8.0"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "orders_admin"
  manage_master_user_password         = true
  storage_encrypted                   = true
  multi_az                            = true
  backup_retention_period             = 7
  deletion_protection                 = true
  iam_database_authentication_enabled = true
  skip_final_snapshot                 = true
  enabled_cloudwatch_logs_exports     = ["error", "slowquery"]
}
