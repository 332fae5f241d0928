provider "aws" {
  region = "us-east-1"
}

resource "aws_ecs_cluster" "apps" {
  name = "apps"

  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}
