provider "aws" {
  region = "us-east-1"
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  # SSE with KMS but no key: the AWS managed key aws/dynamodb.
  server_side_encryption {
    enabled = true
  }
}
