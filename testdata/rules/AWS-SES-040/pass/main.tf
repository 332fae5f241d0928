provider "aws" {
  region = "us-east-1"
}

resource "aws_sesv2_configuration_set" "transactional" {
  configuration_set_name = "transactional"

  delivery_options {
    tls_policy = "REQUIRE"
  }
}

resource "aws_ses_configuration_set" "legacy" {
  name = "legacy"

  delivery_options {
    tls_policy = "Require"
  }
}
