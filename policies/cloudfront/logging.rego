# METADATA
# title: CloudFront distribution access logging is not enabled
# description: |
#   Without standard access logs there is no record of the requests the distribution served (viewer IP,
#   path, status, edge location) for investigating abuse or an incident.
# custom:
#   id: AWS-CFR-004
#   severity: low
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Enable standard logging to an S3 bucket that is not itself served by the distribution.
#   terraform: |
#     resource "aws_cloudfront_distribution" "site" {
#       # ...
#       logging_config {
#         bucket = aws_s3_bucket.logs.bucket_domain_name
#         prefix = "cloudfront/site/"
#       }
#     }
#   cloudformation: |
#     Site:
#       Type: AWS::CloudFront::Distribution
#       Properties:
#         DistributionConfig:
#           Logging:
#             Bucket: !GetAtt Logs.DomainName
#             Prefix: cloudfront/site/
#   cis: []
#   fsbp: ["CloudFront.5"]
package iacvet.rules.cloudfront_logging

import data.iacvet.lib

path := ["DistributionConfig", "Logging", "Bucket"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not log viewer requests", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
