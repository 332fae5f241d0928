provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}

resource "aws_cloudwatch_event_permission" "org" {
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  statement_id   = "OrganizationAccounts"
  principal      = "*"

  condition {
    key   = "aws:PrincipalOrgID"
    type  = "StringEquals"
    value = "o-a1b2c3d4e5"
  }
}

resource "aws_cloudwatch_event_permission" "partner" {
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  statement_id   = "Partner"
  principal      = "444455556666"
}
