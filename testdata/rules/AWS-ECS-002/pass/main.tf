provider "aws" {
  region = "us-east-1"
}

resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  execution_role_arn       = "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"

  container_definitions = jsonencode([
    {
      name                   = "web"
      image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/web:1.8.0"
      essential              = true
      portMappings           = [
        {
          containerPort = 8080
          protocol      = "tcp"
        }
      ]
      mountPoints            = [
        {
          sourceVolume  = "tmp"
          containerPath = "/tmp"
          readOnly      = false
        }
      ]
      logConfiguration       = {
        logDriver = "awslogs"
        options   = {
          "awslogs-group"         = "/ecs/web"
          "awslogs-region"        = "us-east-1"
          "awslogs-stream-prefix" = "web"
        }
      }
      readonlyRootFilesystem = true
    },
    {
      name                   = "envoy"
      image                  = "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod"
      essential              = true
      readonlyRootFilesystem = true
      user                   = "1337"
    }
  ])
}
