# METADATA
# title: CloudFront distribution is not protected by a WAF web ACL
# description: |
#   Without an AWS WAF web ACL the distribution forwards every request to its origins unfiltered: no managed
#   rules against common exploits, bad bots or request floods run at the edge.
# custom:
#   id: AWS-CFR-003
#   severity: medium
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Associate an AWS WAF web ACL (scope CLOUDFRONT, created in us-east-1) with the distribution.
#   terraform: |
#     resource "aws_cloudfront_distribution" "site" {
#       # ...
#       web_acl_id = aws_wafv2_web_acl.edge.arn
#     }
#   cloudformation: |
#     Site:
#       Type: AWS::CloudFront::Distribution
#       Properties:
#         DistributionConfig:
#           WebACLId: !GetAtt EdgeWebACL.Arn
#   cis: []
#   fsbp: ["CloudFront.6"]
package iacvet.rules.cloudfront_waf

import data.iacvet.lib

path := ["DistributionConfig", "WebACLId"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s is not associated with a WAF web ACL", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
