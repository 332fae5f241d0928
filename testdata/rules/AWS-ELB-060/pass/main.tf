provider "aws" {
  region = "us-east-1"
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  internal           = false
  subnets            = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
  security_groups    = ["sg-0abc1234def567890"]
}

resource "aws_wafv2_web_acl" "web" {
  name  = "web"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "common"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "web"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = aws_wafv2_web_acl.web.arn
}

# Internal and network load balancers are not judged.
resource "aws_lb" "internal" {
  name               = "internal"
  load_balancer_type = "application"
  internal           = true
  subnets            = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
}

resource "aws_lb" "nlb" {
  name               = "nlb"
  load_balancer_type = "network"
  internal           = false
  subnets            = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
}
