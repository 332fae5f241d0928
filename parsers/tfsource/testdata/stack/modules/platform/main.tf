variable "name" {
  type = string
}

variable "db_password" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

module "data" {
  source = "../data"

  name        = "${var.name}-data"
  db_password = var.db_password
  subnet_ids  = var.subnet_ids
}

resource "aws_sqs_queue" "jobs" {
  name                    = "${var.name}-jobs"
  sqs_managed_sse_enabled = true
}
