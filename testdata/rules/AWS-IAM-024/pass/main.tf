provider "aws" {
  region = "us-east-1"
}

resource "aws_iam_group" "readers" {
  name = "readers"
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.readers.name]
}
