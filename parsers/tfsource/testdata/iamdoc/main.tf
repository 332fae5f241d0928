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

variable "bucket" {
  default = "example-bucket"
}

data "aws_iam_policy_document" "simple" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::${var.bucket}/*"]
  }
}

data "aws_iam_policy_document" "full" {
  policy_id = "full"
  statement {
    sid       = "Many"
    effect    = "Deny"
    actions   = ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"]
    resources = ["arn:aws:s3:::b/&{aws:username}/*", "arn:aws:s3:::b"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"]
    }
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-1", "vpce-0"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
  statement {
    not_actions   = ["iam:*"]
    not_resources = ["arn:aws:iam::*:role/admin"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

data "aws_iam_policy_document" "star" {
  statement {
    sid     = "Public"
    actions = ["s3:GetObject", "s3:ListBucket"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "aws_star" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents = [data.aws_iam_policy_document.star.json, jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "FromJson"
      Effect    = "Allow"
      Action    = ["kms:Decrypt", "kms:Encrypt"]
      Resource  = "*"
      Principal = { AWS = ["arn:aws:iam::2:root", "arn:aws:iam::1:root"] }
      Condition = { StringLike = { "kms:ViaService" = ["s3.*.amazonaws.com"] } }
    }]
  })]
  override_policy_documents = [jsonencode({
    Statement = [{ Sid = "Public", Effect = "Deny", Action = "s3:*", Resource = "*", Principal = "*" }]
  })]
  statement {
    sid       = "Own"
    actions   = ["s3:ListAllMyBuckets"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "counted" {
  count = 2
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["arn:aws:sqs:us-east-1:111122223333:q${count.index}"]
  }
}

data "aws_iam_policy_document" "dyn" {
  version = "2008-10-17"
  dynamic "statement" {
    for_each = { a = "s3:GetObject", b = "s3:PutObject" }
    content {
      sid       = statement.key
      actions   = [statement.value]
      resources = ["*"]
    }
  }
}

data "aws_iam_policy_document" "empty" {}

resource "aws_iam_policy" "simple" {
  name   = "simple"
  policy = data.aws_iam_policy_document.simple.json
}

resource "aws_iam_policy" "full" {
  name   = "full"
  policy = data.aws_iam_policy_document.full.json
}

resource "aws_iam_policy" "star" {
  name   = "star"
  policy = data.aws_iam_policy_document.star.minified_json
}

resource "aws_iam_role" "aws_star" {
  name               = "aws_star"
  assume_role_policy = data.aws_iam_policy_document.aws_star.json
}

resource "aws_iam_policy" "merged" {
  name   = "merged"
  policy = data.aws_iam_policy_document.merged.json
}

resource "aws_iam_policy" "counted" {
  count  = 2
  name   = "counted${count.index}"
  policy = data.aws_iam_policy_document.counted[count.index].json
}

resource "aws_iam_policy" "dyn" {
  name   = "dyn"
  policy = data.aws_iam_policy_document.dyn.json
}

resource "aws_iam_policy" "empty" {
  name   = "empty"
  policy = data.aws_iam_policy_document.empty.json
}

module "wrap" {
  source = "./wrap"
  policy = data.aws_iam_policy_document.simple.json
}

resource "aws_s3_bucket_policy" "via_module" {
  bucket = "example-bucket"
  policy = module.wrap.doc
}
