provider "aws" {
  region = "us-east-1"
}

resource "aws_lambda_function" "checkout" {
  function_name = "checkout"
  role          = "arn:aws:iam::111122223333:role/checkout"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "checkout.zip"

  environment {
    variables = {
      LOG_LEVEL      = "info"
      STRIPE_API_KEY = "sk_live_51Hx9Qa2LmN8pQ"
    }
  }
}
