provider "aws" {
  region = "us-east-1"
}

resource "aws_networkfirewall_firewall_policy" "egress" {
  name = "egress"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}
