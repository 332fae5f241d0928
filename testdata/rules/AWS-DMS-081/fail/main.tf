provider "aws" {
  region = "us-east-1"
}

resource "aws_dms_replication_instance" "migrate" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  publicly_accessible        = false
  multi_az                   = false
}
