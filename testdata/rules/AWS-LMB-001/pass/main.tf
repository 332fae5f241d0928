provider "aws" {
  region = "us-east-1"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role = "arn:aws:iam::111122223333:role/lambda"
  handler = "index.handler"
  runtime = "nodejs20.x"
  filename = "lambda.zip"
  tracing_config {
    mode = "Active"
  }
}
