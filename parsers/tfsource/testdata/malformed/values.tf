resource "aws_sqs_queue" "q" {
  name   = var.undeclared
  delay  = 1 + "x"
  policy = jsondecode("{not json")
}
