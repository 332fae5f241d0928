# METADATA
# title: CloudFront distribution lets custom origins negotiate SSLv3
# description: |
#   An origin whose OriginSSLProtocols list SSLv3 lets CloudFront fall back to SSL 3.0 when it talks HTTPS to the origin, a protocol broken by POODLE and disabled by every current TLS stack. Only TLSv1.2 (with TLSv1.1 and TLSv1 for old origins) should be listed.
# custom:
#   id: AWS-CFR-009
#   severity: medium
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Remove SSLv3 from the origin's SSL protocols and list TLSv1.2.
#   terraform: |
#     resource "aws_cloudfront_distribution" "app" {
#       origin {
#         domain_name = "app.example.com"
#         origin_id   = "app"
#         custom_origin_config {
#           http_port              = 80
#           https_port             = 443
#           origin_protocol_policy = "https-only"
#           origin_ssl_protocols   = ["TLSv1.2"]
#         }
#       }
#     }
#   cloudformation: |
#     App:
#       Type: AWS::CloudFront::Distribution
#       Properties:
#         DistributionConfig:
#           Origins:
#             - Id: app
#               DomainName: app.example.com
#               CustomOriginConfig:
#                 OriginProtocolPolicy: https-only
#                 OriginSSLProtocols: [TLSv1.2]
#   cis: []
#   fsbp: ["CloudFront.10"]
package iacvet.rules.cloudfront_origin_ssl_protocols

import data.iacvet.lib

origins_path := ["DistributionConfig", "Origins"]

origins(r) := os if {
	os := lib.at(r.properties, origins_path)
	is_array(os)
} else := []

label(o, _) := o.Id if is_string(o.Id)

label(o, i) := sprintf("#%d", [i]) if not is_string(o.Id)

protocols_path(i) := array.concat(origins_path, [i, "CustomOriginConfig", "OriginSSLProtocols"])

deny contains lib.finding(r, msg, array.concat(protocols_path(i), [j])) if {
	some r in input.resources
	some i, o in origins(r)
	is_object(o)
	some j, p in lib.as_list(o.CustomOriginConfig.OriginSSLProtocols)
	is_string(p)
	upper(p) == "SSLV3"
	msg := sprintf("%s lets origin %s negotiate SSLv3", [r.address, label(o, i)])
}

unknown contains lib.finding(r, msg, protocols_path(i)) if {
	some r in input.resources
	r.has_unknown
	some i, o in origins(r)
	is_object(o)
	ps := o.CustomOriginConfig.OriginSSLProtocols
	some p in lib.as_list(ps)
	lib.is_unknown(p)
	msg := sprintf("%s: the SSL protocols of origin %s are known only after apply", [r.address, label(o, i)])
}

unknown contains lib.finding(r, msg, origins_path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, origins_path)
	msg := sprintf("%s: its origins are known only after apply", [r.address])
}
