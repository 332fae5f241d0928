provider "aws" {
  region = "us-east-1"
}

resource "aws_glue_job" "etl" {
  name              = "orders-etl"
  role_arn          = "arn:aws:iam::123456789012:role/glue-etl"
  glue_version      = "4.0"
  worker_type       = "G.1X"
  number_of_workers = 2

  command {
    script_location = "s3://etl-scripts-123456789012/orders.py"
  }
}
