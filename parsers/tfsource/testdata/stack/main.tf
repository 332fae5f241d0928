locals {
  name = "${var.environment}-shop"
  common_tags = merge(local.base_tags, {
    Environment = var.environment
  })
  base_tags = {
    ManagedBy = "terraform"
    Project   = "shop"
  }
  azs = ["us-east-1a", "us-east-1b", "us-east-1c"]
}

module "vpc" {
  source = "./modules/vpc"

  name = local.name
  cidr = var.vpc_cidr
  azs  = local.azs
  tags = local.common_tags
}

module "web_sg" {
  source = "./modules/security-group"

  name   = "${local.name}-web"
  vpc_id = module.vpc.vpc_id
  ingress_rules = [
    { port = 443, cidr_blocks = ["0.0.0.0/0"], description = "HTTPS" },
    { port = 22, cidr_blocks = var.ssh_cidrs, description = "SSH from office" },
  ]
}

# iacvet:ignore AWS-EC2-010 instances are replaced by the autoscaling rollout
module "app" {
  source   = "./modules/ec2-instance"
  for_each = var.instances

  name                   = "${local.name}-${each.key}"
  instance_type          = each.value.instance_type
  subnet_id              = each.value.public ? module.vpc.public_subnets[0] : module.vpc.private_subnets[0]
  vpc_security_group_ids = [module.web_sg.security_group_id]
  environment            = var.environment
}

module "platform" {
  source = "./modules/platform"

  name        = local.name
  db_password = var.db_password
  subnet_ids  = module.vpc.private_subnets

  providers = {
    aws = aws.west
  }
}

resource "aws_s3_bucket" "logs" {
  provider = aws.west
  bucket   = "${local.name}-logs"
  tags     = local.common_tags
}

resource "aws_s3_bucket_public_access_block" "logs" {
  provider                = aws.west
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false # iacvet:ignore AWS-S3-002 website bucket fronted by CloudFront
}

resource "aws_s3_bucket_policy" "logs" {
  provider = aws.west
  bucket   = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["${aws_s3_bucket.logs.arn}/*", aws_s3_bucket.logs.arn]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# iacvet:ignore AWS-S3-001
module "logs_bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.2"

  bucket = "${local.name}-archive"
}

module "cdn" {
  source = "git::https://github.com/example/terraform-aws-cdn.git?ref=v1.2.0"

  origin_bucket = aws_s3_bucket.logs.bucket_regional_domain_name
}

data "aws_caller_identity" "current" {}

resource "aws_kms_key" "main" {
  description         = "key for ${data.aws_caller_identity.current.account_id}"
  enable_key_rotation = true
  policy              = file("${path.module}/policies/kms.json")
}
