provider "aws" {
  region = "us-east-1"
}

resource "aws_directory_service_directory" "corp" {
  name     = "corp.example.com"
  password = "Directory#2024"
  edition  = "Standard"
  type     = "MicrosoftAD"

  vpc_settings {
    vpc_id     = "vpc-0abc1234def567890"
    subnet_ids = ["subnet-0abc1234def567890", "subnet-0def1234abc567890"]
  }
}
