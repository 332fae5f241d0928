provider "aws" {
  region = "us-east-1"
}

variable "directory_admin_password" {
  type      = string
  sensitive = true
}

# Simple AD is the default type.
resource "aws_directory_service_directory" "lab" {
  name     = "lab.example.com"
  password = var.directory_admin_password
  size     = "Small"

  vpc_settings {
    vpc_id     = "vpc-0abc1234def567890"
    subnet_ids = ["subnet-0abc1234def567890", "subnet-0def1234abc567890"]
  }
}
