provider "aws" {
  region = "us-east-1"
}

variable "db_port" {
  type    = number
  default = 3307
}

resource "aws_db_instance" "db" {
  identifier                  = "app"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "app_owner"
  manage_master_user_password = true
  port                        = var.db_port
}

# 5432 is PostgreSQL's default, not Aurora MySQL's.
resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  master_username             = "orders_owner"
  manage_master_user_password = true
  storage_encrypted           = true
  port                        = 5432
}

resource "aws_rds_cluster_instance" "orders" {
  identifier         = "orders-1"
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = aws_rds_cluster.orders.engine
  instance_class     = "db.r6g.large"
}
