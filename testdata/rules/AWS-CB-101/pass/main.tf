provider "aws" {
  region = "us-east-1"
}

resource "aws_codebuild_project" "web" {
  name         = "web"
  service_role = "arn:aws:iam::111122223333:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  source {
    type     = "BITBUCKET"
    location = "https://bitbucket.org/acme/web.git"
  }

  secondary_sources {
    source_identifier = "tools"
    type              = "CODECOMMIT"
    location          = "https://git-codecommit.us-east-1.amazonaws.com/v1/repos/tools"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
}
