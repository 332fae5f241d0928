# METADATA
# title: CloudFront distribution has no default root object
# description: |
#   Without a default root object, a request for the distribution's root URL (https://d111111abcdef8.cloudfront.net/) is passed to the origin as is; an S3 origin then answers with a listing of the bucket or an error that reveals it, a custom origin with whatever it serves at its root. CloudFront sets no default root object unless DefaultRootObject names one.
# custom:
#   id: AWS-CFR-006
#   severity: low
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Set the distribution's default root object (for example index.html).
#   terraform: |
#     resource "aws_cloudfront_distribution" "site" {
#       default_root_object = "index.html"
#     }
#   cloudformation: |
#     Site:
#       Type: AWS::CloudFront::Distribution
#       Properties:
#         DistributionConfig:
#           DefaultRootObject: index.html
#   cis: []
#   fsbp: ["CloudFront.1"]
package iacvet.rules.cloudfront_default_root_object

import data.iacvet.lib

path := ["DistributionConfig", "DefaultRootObject"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has no default root object: requests for / go to the origin as they are", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its default root object is known only after apply", [r.address])
}
