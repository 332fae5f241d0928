provider "aws" {
  region = "us-east-1"
}

resource "aws_sagemaker_notebook_instance" "lab" {
  name                   = "lab"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker-lab"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0abc1234def567890"
  security_groups        = ["sg-0abc1234def567890"]
  direct_internet_access = "Disabled"
}
