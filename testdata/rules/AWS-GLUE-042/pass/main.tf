provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "k" {
  description         = "data key"
  enable_key_rotation = true
}

resource "aws_glue_security_configuration" "kms" {
  name = "kms"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.k.arn
    }

    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.k.arn
    }

    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.k.arn
    }
  }
}

resource "aws_glue_job" "etl" {
  name              = "orders-etl"
  role_arn          = "arn:aws:iam::123456789012:role/glue-etl"
  glue_version      = "4.0"
  worker_type       = "G.1X"
  number_of_workers = 2
  security_configuration = aws_glue_security_configuration.kms.name

  command {
    script_location = "s3://etl-scripts-123456789012/orders.py"
  }
}
