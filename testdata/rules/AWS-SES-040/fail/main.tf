provider "aws" {
  region = "us-east-1"
}

resource "aws_sesv2_configuration_set" "transactional" {
  configuration_set_name = "transactional"

  reputation_options {
    reputation_metrics_enabled = true
  }
}
