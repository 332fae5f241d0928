provider "aws" {
  region = "us-east-1"
}

resource "aws_lambda_permission" "invoke" {
  statement_id = "AllowInvoke"
  action = "lambda:InvokeFunction"
  function_name = "api"
  principal = "*"
}
