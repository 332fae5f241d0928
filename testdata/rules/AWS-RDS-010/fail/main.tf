provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "db" {
  identifier                  = "app"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  username                    = "app_owner"
  manage_master_user_password = true
  port                        = 3306
}
