provider "aws" {
  region = "us-east-1"
}

resource "aws_ecs_task_definition" "agent" {
  family                   = "node-agent"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"

  container_definitions = jsonencode([
    {
      name                   = "agent"
      image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/node-agent:2.3.1"
      cpu                    = 128
      memory                 = 256
      essential              = true
      readonlyRootFilesystem = true
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = "/ecs/agent"
          "awslogs-region"        = "us-east-1"
          "awslogs-stream-prefix" = "agent"
        }
      }
    },
    {
      name                   = "metrics"
      image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/metrics:1.0.4"
      essential              = false
      readonlyRootFilesystem = true
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = "/ecs/agent"
          "awslogs-region"        = "us-east-1"
          "awslogs-stream-prefix" = "metrics"
        }
      }
    }
  ])
}
