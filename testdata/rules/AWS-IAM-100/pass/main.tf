provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_user" "deployer" {
  name = "deployer"
}

# A key kept only to be deleted after its replacement is rolled out.
resource "aws_iam_access_key" "deployer" {
  user   = aws_iam_user.deployer.name
  status = "Inactive"
}
