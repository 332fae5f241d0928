provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = true
}

resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/vendedlogs/states/orders"
  retention_in_days = 365
}

resource "aws_sfn_state_machine" "orders" {
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/orders-sfn"
  definition = jsonencode({
    StartAt = "Enqueue"
    States = {
      Enqueue = {
        Type       = "Task"
        Resource   = "arn:aws:states:::sqs:sendMessage"
        Parameters = { QueueUrl = aws_sqs_queue.orders.url, "MessageBody.$" = "$" }
        End        = true
      }
    }
  })

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.orders.arn}:*"
    include_execution_data = false
    level                  = "ERROR"
  }

  tracing_configuration {
    enabled = true
  }
}
