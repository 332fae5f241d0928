provider "aws" {
  region = "us-east-1"
}

resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = "AWS_IAM"
  schema              = "type Order {\n  id: ID!\n}\n\ntype Query {\n  order(id: ID!): Order\n}\n"

  additional_authentication_provider {
    authentication_type = "API_KEY"
  }

  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::111122223333:role/appsync-logs"
    field_log_level          = "ERROR"
  }
}
