# METADATA
# title: CloudFront distribution reaches an S3 origin without origin access control
# description: |
#   An S3 (REST endpoint) origin without an origin access control is fetched either anonymously, which needs a bucket open to the public, or with a legacy origin access identity, which cannot sign requests for SSE-KMS objects, for PUT and POST, or in Regions opened after 2022. An origin counts as S3 when it has an S3OriginConfig, or no CustomOriginConfig and a bucket's REST domain name (literal or a reference to a bucket of the input); S3 website endpoints are custom origins and cannot use origin access control.
# custom:
#   id: AWS-CFR-010
#   severity: medium
#   resource_types: [AWS::CloudFront::Distribution, AWS::S3::Bucket]
#   remediation: Create an origin access control, name it in the S3 origin and let the bucket policy allow the distribution (aws:SourceArn) only.
#   terraform: |
#     resource "aws_cloudfront_origin_access_control" "site" {
#       name                              = "example-site"
#       origin_access_control_origin_type = "s3"
#       signing_behavior                  = "always"
#       signing_protocol                  = "sigv4"
#     }
#     resource "aws_cloudfront_distribution" "site" {
#       origin {
#         domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
#         origin_id                = "site"
#         origin_access_control_id = aws_cloudfront_origin_access_control.site.id
#       }
#     }
#   cloudformation: |
#     Site:
#       Type: AWS::CloudFront::Distribution
#       Properties:
#         DistributionConfig:
#           Origins:
#             - Id: site
#               DomainName: !GetAtt SiteBucket.RegionalDomainName
#               OriginAccessControlId: !GetAtt SiteOriginAccessControl.Id
#               S3OriginConfig:
#                 OriginAccessIdentity: ''
#   cis: []
#   fsbp: ["CloudFront.13"]
package iacvet.rules.cloudfront_origin_access_control

import data.iacvet.lib

origins_path := ["DistributionConfig", "Origins"]

buckets := {r.address | some r in input.resources; r.type == "AWS::S3::Bucket"}

origins(r) := os if {
	os := lib.at(r.properties, origins_path)
	is_array(os)
} else := []

label(o, _) := o.Id if is_string(o.Id)

label(o, i) := sprintf("#%d", [i]) if not is_string(o.Id)

# rest_domain matches bucket.s3.amazonaws.com, bucket.s3.us-east-1.amazonaws.com
# and bucket.s3-us-east-1.amazonaws.com (not s3-website endpoints).
rest_domain(d) if {
	is_string(d)
	regex.match(`\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$`, lower(d))
	not regex.match(`\.s3-website[.-]`, lower(d))
}

bucket_ref(d) if {
	lib.is_unknown(d)
	ref := d["$ref"]
	is_string(ref)
	some b in buckets
	ref == b
}

bucket_ref(d) if {
	lib.is_unknown(d)
	ref := d["$ref"]
	is_string(ref)
	some b in buckets
	startswith(ref, concat("", [b, "."]))
	not contains(lower(ref), "website")
}

s3_origin(o) if is_object(o.S3OriginConfig)

s3_origin(o) if {
	not o.CustomOriginConfig
	rest_domain(o.DomainName)
}

s3_origin(o) if {
	not o.CustomOriginConfig
	bucket_ref(o.DomainName)
}

has_oac(o) if not lib.empty(lib.get(o, "OriginAccessControlId", ""))

deny contains lib.finding(r, msg, array.concat(origins_path, [i])) if {
	some r in input.resources
	r.type == "AWS::CloudFront::Distribution"
	some i, o in origins(r)
	is_object(o)
	s3_origin(o)
	not has_oac(o)
	msg := sprintf("%s reaches S3 origin %s without an origin access control", [r.address, label(o, i)])
}

unknown contains lib.finding(r, msg, origins_path) if {
	some r in input.resources
	r.type == "AWS::CloudFront::Distribution"
	r.has_unknown
	lib.unknown_at(r.properties, origins_path)
	msg := sprintf("%s: its origins are known only after apply", [r.address])
}
