provider "aws" {
  region = "us-east-1"
}

variable "copy_tags" {
  type    = bool
  default = true
}

resource "aws_db_instance" "db" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "app_owner"
  manage_master_user_password = true
  copy_tags_to_snapshot       = var.copy_tags
}

# An Aurora instance takes the setting from its cluster.
resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "orders_owner"
  manage_master_user_password = true
  storage_encrypted           = true
  copy_tags_to_snapshot       = true
}

resource "aws_rds_cluster_instance" "orders" {
  identifier         = "orders-1"
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = aws_rds_cluster.orders.engine
  instance_class     = "db.r6g.large"
}
