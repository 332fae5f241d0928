variable "identifier" {
  type = string
}

variable "password" {
  type = string
}

variable "subnet_group_name" {
  type = string
}

variable "instance_class" {
  type    = string
  default = "db.t3.medium"
}

resource "aws_db_instance" "this" {
  identifier           = var.identifier
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = var.instance_class
  allocated_storage    = 20
  username             = "app"
  password             = var.password
  db_subnet_group_name = var.subnet_group_name
  storage_encrypted    = true
  publicly_accessible  = false # iacvet:ignore
  skip_final_snapshot  = true
}
