provider "aws" {
  region = "us-east-1"
}

resource "aws_networkfirewall_rule_group" "allowed_domains" {
  name     = "allowed-domains"
  type     = "STATEFUL"
  capacity = 100

  rule_group {
    rules_source {
      rules_source_list {
        generated_rules_type = "ALLOWLIST"
        target_types         = ["TLS_SNI", "HTTP_HOST"]
        targets              = [".amazonaws.com", "github.com"]
      }
    }
  }
}

resource "aws_networkfirewall_firewall_policy" "egress" {
  name = "egress"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:drop"]

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.allowed_domains.arn
    }
  }
}
