provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  username            = "orders"
  password            = "Orders-2024-Pw!"
  skip_final_snapshot = true
}
