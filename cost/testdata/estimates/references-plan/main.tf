provider "aws" {
  region = "us-east-1"
}

# Aurora: the instance takes its engine from the cluster.
resource "aws_rds_cluster" "main" {
  cluster_identifier  = "app"
  engine              = "aurora-postgresql"
  engine_version      = "15.4"
  master_username     = "app"
  master_password     = "change-me-please"
  skip_final_snapshot = true
}

resource "aws_rds_cluster_instance" "writer" {
  identifier         = "app-writer"
  cluster_identifier = aws_rds_cluster.main.id
  engine             = aws_rds_cluster.main.engine
  instance_class     = "db.r6g.large"
}

# Auto Scaling: instance type and volumes from the launch template.
resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "m5.large"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      volume_type = "gp3"
    }
  }
}

resource "aws_autoscaling_group" "web" {
  desired_capacity    = 3
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0abc1234def567890"]

  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

# A launch configuration without a root device, and no desired capacity.
resource "aws_launch_configuration" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
}

resource "aws_autoscaling_group" "workers" {
  min_size             = 2
  max_size             = 4
  launch_configuration = aws_launch_configuration.workers.name
  vpc_zone_identifier  = ["subnet-0abc1234def567890"]
}

# A volume restored from a snapshot of another volume takes its size.
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 40
  type              = "gp3"
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}

resource "aws_ebs_volume" "restored" {
  availability_zone = "us-east-1b"
  snapshot_id       = aws_ebs_snapshot.data.id
}
