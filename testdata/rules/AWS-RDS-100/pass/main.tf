provider "aws" {
  region = "us-east-1"
}

variable "reports_password" {
  type      = string
  sensitive = true
}

# RDS keeps the password in Secrets Manager.
resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "orders"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

# The password comes from a sensitive variable set outside the code.
resource "aws_rds_cluster" "reports" {
  cluster_identifier  = "reports"
  engine              = "aurora-postgresql"
  master_username     = "reports"
  master_password     = var.reports_password
  storage_encrypted   = true
  skip_final_snapshot = true
}
