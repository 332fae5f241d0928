provider "aws" {
  region = "us-east-1"
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "arn:aws:ecs:us-east-1:123456789012:task-definition/api:3"
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0abc1234def567890"]
    security_groups  = ["sg-0abc1234def567890"]
    assign_public_ip = false
  }
}

# assign_public_ip defaults to false.
resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = "arn:aws:ecs:us-east-1:123456789012:cluster/main"
  task_definition = "arn:aws:ecs:us-east-1:123456789012:task-definition/worker:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets = ["subnet-0abc1234def567890"]
  }
}
