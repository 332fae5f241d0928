variable "policy" {}

data "aws_iam_policy_document" "inner" {
  source_policy_documents = [var.policy]
  statement {
    sid       = "Inner"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::inner/*"]
  }
}

resource "aws_sqs_queue_policy" "in_module" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/111122223333/q"
  policy    = var.policy
}

output "doc" {
  value = data.aws_iam_policy_document.inner.json
}
