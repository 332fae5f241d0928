# METADATA
# title: CloudFront distribution serves HTTPS with the default cloudfront.net certificate
# description: |
#   A distribution without an ACM or IAM certificate of its own serves HTTPS only under its *.cloudfront.net name with CloudFront's shared default certificate: viewers cannot reach it securely under the organization's domain, and the minimum TLS version for viewers cannot be chosen (the default certificate allows TLSv1). A distribution whose ViewerCertificate is omitted, or sets CloudFrontDefaultCertificate, uses the default certificate.
# custom:
#   id: AWS-CFR-007
#   severity: low
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Serve the distribution under your own domain with an ACM certificate (in us-east-1), SNI and a current TLS policy.
#   terraform: |
#     resource "aws_cloudfront_distribution" "site" {
#       aliases = ["www.example.com"]
#       viewer_certificate {
#         acm_certificate_arn      = aws_acm_certificate.site.arn
#         ssl_support_method       = "sni-only"
#         minimum_protocol_version = "TLSv1.2_2021"
#       }
#     }
#   cloudformation: |
#     Site:
#       Type: AWS::CloudFront::Distribution
#       Properties:
#         DistributionConfig:
#           Aliases: [www.example.com]
#           ViewerCertificate:
#             AcmCertificateArn: !Ref SiteCertificate
#             SslSupportMethod: sni-only
#             MinimumProtocolVersion: TLSv1.2_2021
#   cis: []
#   fsbp: ["CloudFront.7"]
package iacvet.rules.cloudfront_custom_certificate

import data.iacvet.lib

cert_path := ["DistributionConfig", "ViewerCertificate"]

cert_keys := ["AcmCertificateArn", "IamCertificateId"]

# own_certificate: an ACM or IAM certificate is named (references are ARNs).
own_certificate(vc) if {
	some key in cert_keys
	v := lib.get(vc, key, "")
	not lib.empty(v)
	not lib.is_unknown(v)
}

own_certificate(vc) if {
	some key in cert_keys
	reference(object.get(vc, key, null))
}

# reference: a reference to another resource (an ARN once applied).
reference(v) if is_string(v["$ref"])

undecided(vc) if lib.is_unknown(vc)

undecided(vc) if {
	not own_certificate(vc)
	some key in cert_keys
	v := object.get(vc, key, null)
	lib.is_unknown(v)
	not reference(v)
}

deny contains lib.finding(r, msg, cert_path) if {
	some r in input.resources
	lib.missing(r, cert_path)
	msg := sprintf("%s serves HTTPS with the default *.cloudfront.net certificate (no viewer certificate)", [r.address])
}

deny contains lib.finding(r, msg, cert_path) if {
	some r in input.resources
	vc := lib.at(r.properties, cert_path)
	is_object(vc)
	not lib.unknown_at(r.properties, cert_path)
	not own_certificate(vc)
	not undecided(vc)
	msg := sprintf("%s serves HTTPS with the default *.cloudfront.net certificate", [r.address])
}

unknown contains lib.finding(r, msg, cert_path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, cert_path)
	msg := sprintf("%s: its viewer certificate is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, cert_path) if {
	some r in input.resources
	r.has_unknown
	vc := lib.at(r.properties, cert_path)
	is_object(vc)
	undecided(vc)
	msg := sprintf("%s: its viewer certificate is known only after apply", [r.address])
}
