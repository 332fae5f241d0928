# METADATA
# title: CloudFront distribution serves HTTPS from dedicated IP addresses instead of SNI
# description: |
#   A custom certificate served with SslSupportMethod vip gets dedicated IP addresses at every edge location, billed at 600 USD a month, for the sake of clients too old to send Server Name Indication. Every current browser and client sends SNI; sni-only serves them at no extra cost.
# custom:
#   id: AWS-CFR-008
#   severity: low
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Set the viewer certificate's SSL support method to sni-only.
#   terraform: |
#     resource "aws_cloudfront_distribution" "site" {
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
#           ViewerCertificate:
#             AcmCertificateArn: !Ref SiteCertificate
#             SslSupportMethod: sni-only
#             MinimumProtocolVersion: TLSv1.2_2021
#   cis: []
#   fsbp: ["CloudFront.8"]
package iacvet.rules.cloudfront_sni

import data.iacvet.lib

path := ["DistributionConfig", "ViewerCertificate", "SslSupportMethod"]

custom_certificate(vc) if {
	not lib.is_true(lib.get(vc, "CloudFrontDefaultCertificate", false))
	some key in ["AcmCertificateArn", "IamCertificateId"]
	not lib.empty(lib.get(vc, key, null))
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	vc := r.properties.DistributionConfig.ViewerCertificate
	is_object(vc)
	custom_certificate(vc)
	m := lib.get(vc, "SslSupportMethod", "")
	is_string(m)
	lower(m) == "vip"
	msg := sprintf("%s serves its certificate from dedicated IP addresses (vip) instead of SNI", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	vc := r.properties.DistributionConfig.ViewerCertificate
	is_object(vc)
	custom_certificate(vc)
	lib.is_unknown(vc.SslSupportMethod)
	msg := sprintf("%s: its SSL support method is known only after apply", [r.address])
}
