provider "aws" {
  region = "us-east-1"
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  publicly_accessible        = true
}
