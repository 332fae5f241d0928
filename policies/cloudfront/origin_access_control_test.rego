package iacvet.rules.cloudfront_origin_access_control_test

import data.iacvet.rules.cloudfront_origin_access_control as rule

dist(origin) := {"resources": [
	{
		"address": "aws_s3_bucket.site",
		"type": "AWS::S3::Bucket",
		"partial": false,
		"has_unknown": false,
		"properties": {"BucketName": "example-site"},
	},
	{
		"address": "aws_cloudfront_distribution.site",
		"type": "AWS::CloudFront::Distribution",
		"partial": false,
		"has_unknown": true,
		"properties": {"DistributionConfig": {"Enabled": true, "Origins": [origin]}},
	},
]}

test_literal_domain_without_oac_fails if {
	count(rule.deny) == 1 with input as dist({"Id": "site", "DomainName": "example-site.s3.us-east-1.amazonaws.com"})
	count(rule.deny) == 1 with input as dist({"Id": "site", "DomainName": "example-site.s3.amazonaws.com", "OriginAccessControlId": ""})
}

test_oai_fails if {
	count(rule.deny) == 1 with input as dist({"Id": "site", "DomainName": "example-site.s3.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": "origin-access-identity/cloudfront/E127EXAMPLE51Z"}})
}

test_bucket_reference_without_oac_fails if {
	count(rule.deny) == 1 with input as dist({"Id": "site", "DomainName": {"$unknown": true, "$ref": "aws_s3_bucket.site"}})
}

test_oac_passes if {
	count(rule.deny) == 0 with input as dist({"Id": "site", "DomainName": {"$unknown": true, "$ref": "aws_s3_bucket.site"}, "OriginAccessControlId": {"$unknown": true, "$ref": "aws_cloudfront_origin_access_control.site"}})
	count(rule.deny) == 0 with input as dist({"Id": "site", "DomainName": "example-site.s3.amazonaws.com", "OriginAccessControlId": "E2QWRUHAPOMQZL", "S3OriginConfig": {"OriginAccessIdentity": ""}})
}

test_custom_and_website_origins_pass if {
	count(rule.deny) == 0 with input as dist({"Id": "app", "DomainName": "app.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"}})
	count(rule.deny) == 0 with input as dist({"Id": "web", "DomainName": "example-site.s3-website-us-east-1.amazonaws.com", "CustomOriginConfig": {"OriginProtocolPolicy": "http-only"}})
	count(rule.deny) == 0 with input as dist({"Id": "web", "DomainName": "example-site.s3-website.eu-west-1.amazonaws.com"})
}
