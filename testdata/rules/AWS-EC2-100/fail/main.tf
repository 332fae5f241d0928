provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "worker" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  user_data = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAZ3MSJV4WWPQTRLXA
    export AWS_DEFAULT_REGION=us-east-1
    /opt/worker/run
  EOT
}
