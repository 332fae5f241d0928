provider "aws" {
  region = "us-east-1"
}

resource "aws_sagemaker_notebook_instance" "lab" {
  name                   = "lab"
  instance_type          = "ml.t3.medium"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-lab"
  subnet_id              = "subnet-0a1b2c3d4e5f60001"
  security_groups        = ["sg-0a1b2c3d4e5f60001"]
  direct_internet_access = "Disabled"
  kms_key_id             = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
