provider "aws" {
  region = "us-east-1"
}

resource "aws_api_gateway_rest_api" "orders" {
  name        = "orders"
  description = "Orders API"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "prod"
  xray_tracing_enabled = true
}

resource "aws_apigatewayv2_api" "orders" {
  name          = "orders-http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.orders.id
  name        = "$default"
  auto_deploy = true
}
