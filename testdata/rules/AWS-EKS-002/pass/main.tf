provider "aws" {
  region = "us-east-1"
}

resource "aws_eks_cluster" "main" {
  name = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  version = "1.30"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    endpoint_private_access = true
    endpoint_public_access = false
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
}
