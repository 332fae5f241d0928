terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "AKIAFAKEFAKEFAKEFAKE"
  secret_key                  = "fake"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_s3_bucket" "b" {
  bucket = "iacvet-example"
}

# Read during plan: its json is in prior_state and in the policy's after.
data "aws_iam_policy_document" "known" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::iacvet-example/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

# Deferred by depends_on, every argument known: computable from the plan.
data "aws_iam_policy_document" "deferred_known" {
  depends_on = [aws_s3_bucket.b]
  statement {
    sid       = "Deferred"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::iacvet-example/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

# Deferred by an unknown argument: the document is unknown.
data "aws_iam_policy_document" "deferred_unknown" {
  statement {
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.b.arn, "${aws_s3_bucket.b.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "known" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.known.json
}

resource "aws_iam_policy" "deferred_known" {
  name   = "deferred_known"
  policy = data.aws_iam_policy_document.deferred_known.json
}

resource "aws_iam_policy" "deferred_unknown" {
  name   = "deferred_unknown"
  policy = data.aws_iam_policy_document.deferred_unknown.minified_json
}

resource "aws_iam_policy" "encoded" {
  name = "encoded"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }]
  })
}
