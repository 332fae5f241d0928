provider "aws" {
  region = "us-east-1"
}

resource "aws_sagemaker_endpoint_configuration" "model" {
  name = "churn-model"

  production_variants {
    variant_name           = "primary"
    model_name             = "churn-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }

  production_variants {
    variant_name           = "gpu"
    model_name             = "churn-model"
    instance_type          = "ml.g4dn.xlarge"
    initial_instance_count = 1
  }
}
