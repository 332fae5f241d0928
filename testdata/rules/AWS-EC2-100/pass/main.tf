provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "worker" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.micro"
  iam_instance_profile = "worker"

  user_data = <<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)
    TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")
    export DB_PASSWORD
    /opt/worker/run
  EOT
}

resource "aws_instance" "docs" {
  ami              = "ami-0abcdef1234567890"
  instance_type    = "t3.micro"
  user_data_base64 = base64encode("#!/bin/bash\n# the AWS documentation's example key\necho AKIAIOSFODNN7EXAMPLE > /tmp/example\n")
}
