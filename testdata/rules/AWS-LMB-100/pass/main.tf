provider "aws" {
  region = "us-east-1"
}

variable "webhook_token" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "stripe" {
  name = "checkout/stripe"
}

resource "aws_lambda_function" "checkout" {
  function_name = "checkout"
  role          = "arn:aws:iam::111122223333:role/checkout"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "checkout.zip"

  environment {
    variables = {
      LOG_LEVEL           = "info"
      STRIPE_SECRET_ARN   = aws_secretsmanager_secret.stripe.arn
      WEBHOOK_TOKEN       = var.webhook_token
      TOKEN_TTL           = "3600"
      PASSWORD_MIN_LENGTH = "16"
      API_KEY_PARAM       = "/checkout/api-key"
    }
  }
}
