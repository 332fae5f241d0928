provider "aws" {
  region = "us-east-1"
}

# direct_internet_access defaults to Enabled.
resource "aws_sagemaker_notebook_instance" "lab" {
  name          = "lab"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker-lab"
  instance_type = "ml.t3.medium"
}
