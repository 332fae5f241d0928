variable "password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  identifier          = "orders"
  engine              = "postgres"
  engine_version      = "15.4"
  instance_class      = "db.m6g.large"
  allocated_storage   = 100
  storage_type        = "gp3"
  username            = "orders_admin"
  password            = var.password
  publicly_accessible = true
  storage_encrypted   = false
}
