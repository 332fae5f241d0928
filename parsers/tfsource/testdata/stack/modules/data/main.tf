variable "name" {
  type = string
}

variable "db_password" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

resource "aws_db_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

module "db" {
  source = "../db"

  identifier        = var.name
  password          = var.db_password
  subnet_group_name = aws_db_subnet_group.this.name
}
