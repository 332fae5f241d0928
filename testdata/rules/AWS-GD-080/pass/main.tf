provider "aws" {
  region = "us-east-1"
}

# enable defaults to true.
resource "aws_guardduty_detector" "main" {
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
