provider "aws" {
  region = "us-east-1"
}

resource "aws_networkfirewall_rule_group" "deny_bad" {
  name     = "deny-bad"
  type     = "STATEFUL"
  capacity = 10

  rule_group {
    rules_source {
      rules_source_list {
        generated_rules_type = "DENYLIST"
        target_types         = ["HTTP_HOST"]
        targets              = [".example.net"]
      }
    }
  }
}

resource "aws_networkfirewall_firewall_policy" "main" {
  name = "main"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.deny_bad.arn
    }
  }
}

resource "aws_networkfirewall_firewall" "edge" {
  name                = "edge"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.main.arn
  vpc_id              = "vpc-0a1b2c3d4e5f60001"
  delete_protection   = true

  subnet_mapping {
    subnet_id = "subnet-0a1b2c3d4e5f60001"
  }

  subnet_mapping {
    subnet_id = "subnet-0a1b2c3d4e5f60002"
  }
}
