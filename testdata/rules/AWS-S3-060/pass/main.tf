provider "aws" {
  region = "us-east-1"
}

# Redirects every request to the CloudFront site: serves no objects.
resource "aws_s3_bucket" "apex" {
  bucket = "acme-example-com"
}

resource "aws_s3_bucket_website_configuration" "apex" {
  bucket = aws_s3_bucket.apex.id

  redirect_all_requests_to {
    host_name = "www.example.com"
    protocol  = "https"
  }
}
