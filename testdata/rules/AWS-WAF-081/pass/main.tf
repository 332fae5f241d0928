provider "aws" {
  region = "us-east-1"
}

resource "aws_wafv2_web_acl" "app" {
  name  = "app"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "common"
    priority = 0

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
    metric_name                = "app"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_rule_group" "geo" {
  name     = "geo"
  scope    = "REGIONAL"
  capacity = 10

  rule {
    name     = "block-embargoed"
    priority = 0

    action {
      block {}
    }

    statement {
      geo_match_statement {
        country_codes = ["KP", "IR"]
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "block-embargoed"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "geo"
    sampled_requests_enabled   = true
  }
}
