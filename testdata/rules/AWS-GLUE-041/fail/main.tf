provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "k" {
  description         = "data key"
  enable_key_rotation = true
}

resource "aws_glue_data_catalog_encryption_settings" "main" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.k.arn
    }
  }
}
