# METADATA
# title: CloudFront distribution uses an outdated TLS security policy for viewers
# description: |
#   A distribution that serves its own certificate chooses the security policy viewers negotiate with.
#   Policies older than TLSv1.2_2021 still accept SSLv3, TLS 1.0 or 1.1, or TLS 1.2 with CBC cipher suites
#   (CloudFront applies TLSv1 when none is set). Distributions on the default *.cloudfront.net certificate
#   cannot choose a policy and are not judged.
# custom:
#   id: AWS-CFR-002
#   severity: medium
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Set the viewer certificate's minimum protocol version to TLSv1.2_2021 or later (TLSv1.2_2025, TLSv1.3_2025).
#   terraform: |
#     resource "aws_cloudfront_distribution" "site" {
#       # ...
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
#   fsbp: ["CloudFront.15"]
package iacvet.rules.cloudfront_tls_policy

import data.iacvet.lib

cert_path := ["DistributionConfig", "ViewerCertificate"]

path := array.concat(cert_path, ["MinimumProtocolVersion"])

# Security policies older than the recommended TLSv1.2_2021 (CloudFront's
# security policy names, case as AWS spells them).
outdated := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019"}

# custom_certificate holds when the distribution serves an ACM or IAM
# certificate (possibly one known only after apply) rather than the default
# *.cloudfront.net one.
custom_certificate(vc) if {
	not lib.is_true(lib.get(vc, "CloudFrontDefaultCertificate", false))
	some key in ["AcmCertificateArn", "IamCertificateId"]
	not lib.empty(lib.get(vc, key, null))
}

# version is the security policy in force: CloudFront (and the Terraform
# provider) apply TLSv1 when none is given.
version(vc) := v if {
	v := lib.get(vc, "MinimumProtocolVersion", "")
	v != ""
}

version(vc) := "TLSv1" if lib.get(vc, "MinimumProtocolVersion", "") == ""

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	vc := lib.at(r.properties, cert_path)
	is_object(vc)
	lib.known(vc)
	custom_certificate(vc)
	v := version(vc)
	v in outdated
	msg := sprintf("%s lets viewers connect with the outdated security policy %s", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	vc := lib.at(r.properties, cert_path)
	is_object(vc)
	lib.known(vc)
	custom_certificate(vc)
	lib.is_unknown(vc.MinimumProtocolVersion)
	msg := sprintf("%s: the viewer security policy is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, cert_path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, cert_path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
