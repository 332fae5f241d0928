provider "aws" {
  region = "us-east-1"
}

resource "aws_sagemaker_endpoint_configuration" "scoring" {
  name        = "scoring"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  production_variants {
    variant_name           = "primary"
    model_name             = "scoring-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }

  production_variants {
    variant_name = "batch"
    model_name   = "scoring-model"

    serverless_config {
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
  }
}
