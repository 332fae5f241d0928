provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "k" {
  description         = "data key"
  enable_key_rotation = true
}

resource "aws_sagemaker_endpoint_configuration" "model" {
  name        = "churn-model"
  kms_key_arn = aws_kms_key.k.arn

  production_variants {
    variant_name           = "primary"
    model_name             = "churn-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

# NVMe instance storage (no volumes to encrypt with a key) and serverless.
resource "aws_sagemaker_endpoint_configuration" "gpu" {
  name = "churn-model-gpu"

  production_variants {
    variant_name           = "gpu"
    model_name             = "churn-model"
    instance_type          = "ml.g4dn.xlarge"
    initial_instance_count = 1
  }
}

resource "aws_sagemaker_endpoint_configuration" "serverless" {
  name = "churn-model-serverless"

  production_variants {
    variant_name = "serverless"
    model_name   = "churn-model"

    serverless_config {
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
  }
}
