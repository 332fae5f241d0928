provider "aws" {
  region = "us-east-1"
}

resource "aws_ecs_task_definition" "orders" {
  family                   = "orders"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  execution_role_arn       = "arn:aws:iam::111122223333:role/ecsTaskExecutionRole"

  container_definitions = jsonencode([
    {
      name                   = "orders"
      image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:3.2.0"
      essential              = true
      readonlyRootFilesystem = true
      portMappings           = [
        {
          containerPort = 8080
          protocol      = "tcp"
        }
      ]
      environment            = [
        {
          name  = "LOG_LEVEL"
          value = "info"
        },
        {
          name  = "DB_HOST"
          value = "orders.cluster-abc123.us-east-1.rds.amazonaws.com"
        },
        {
          name  = "DB_PASSWORD"
          value = "Orders-Prod-2024!"
        }
      ]
      logConfiguration       = {
        logDriver = "awslogs"
        options   = {
          "awslogs-group"         = "/ecs/orders"
          "awslogs-region"        = "us-east-1"
          "awslogs-stream-prefix" = "orders"
        }
      }
    }
  ])
}
