provider "aws" {
  region = "us-east-1"
}

resource "aws_ecs_cluster" "apps" {
  name = "apps"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "ARM64"
  }

  container_definitions = jsonencode([{
    name                   = "web"
    image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/web:1.8.2"
    essential              = true
    readonlyRootFilesystem = true
    portMappings           = [{ containerPort = 8080 }]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        "awslogs-group"         = "/ecs/web"
        "awslogs-region"        = "us-east-1"
        "awslogs-stream-prefix" = "web"
      }
    }
  }])
}

resource "aws_ecs_service" "web" {
  name             = "web"
  cluster          = aws_ecs_cluster.apps.id
  task_definition  = aws_ecs_task_definition.web.arn
  desired_count    = 2
  launch_type      = "FARGATE"
  platform_version = "1.3.0"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
    security_groups  = ["sg-0a1b2c3d4e5f60001"]
    assign_public_ip = false
  }
}
