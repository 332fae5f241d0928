resource "aws_s3_bucket" "broken" {
  bucket = "unclosed"

resource "aws_s3_bucket" "after_broken" {
  bucket = "never-read"
}
