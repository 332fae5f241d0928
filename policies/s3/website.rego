# METADATA
# title: S3 bucket serves a static website
# description: |
#   Website hosting (WebsiteConfiguration, aws_s3_bucket_website_configuration) publishes the bucket's objects over a plain-HTTP website endpoint that cannot use TLS or a WAF, and needs the bucket to be public to work. Buckets that only redirect every request elsewhere are not reported.
# custom:
#   id: AWS-S3-060
#   severity: medium
#   resource_types: [AWS::S3::Bucket]
#   remediation: Serve the content through CloudFront with origin access control from a private bucket, and remove the website configuration.
#   terraform: |
#     resource "aws_cloudfront_origin_access_control" "site" {
#       name                              = "site"
#       origin_access_control_origin_type = "s3"
#       signing_behavior                  = "always"
#       signing_protocol                  = "sigv4"
#     }
#   cloudformation: |
#     SiteOriginAccessControl:
#       Type: AWS::CloudFront::OriginAccessControl
#       Properties:
#         OriginAccessControlConfig:
#           Name: site
#           OriginAccessControlOriginType: s3
#           SigningBehavior: always
#           SigningProtocol: sigv4
#   cis: []
#   fsbp: []
package iacvet.rules.s3_website

import data.iacvet.lib

deny contains lib.finding(r, msg, ["WebsiteConfiguration", "IndexDocument"]) if {
	some r in input.resources
	r.type == "AWS::S3::Bucket"
	index := r.properties.WebsiteConfiguration.IndexDocument
	is_string(index)
	index != ""
	msg := sprintf("S3 bucket %s serves a static website (index document %s)", [r.address, index])
}
