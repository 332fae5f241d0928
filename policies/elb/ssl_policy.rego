# METADATA
# title: HTTPS or TLS listener uses an outdated security policy
# description: |
#   A load balancer listener whose security policy still negotiates TLS 1.0 or 1.1 lets clients and
#   attackers downgrade connections to deprecated protocol versions and weak ciphers. An HTTPS or TLS
#   listener created without a policy through the API, CloudFormation or Terraform gets
#   ELBSecurityPolicy-2016-08, which allows TLS 1.0.
# custom:
#   id: AWS-ELB-002
#   severity: medium
#   resource_types: [AWS::ElasticLoadBalancingV2::Listener]
#   remediation: Set the listener's security policy to a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06 (or a newer TLS13-1-2 variant).
#   terraform: |
#     resource "aws_lb_listener" "https" {
#       load_balancer_arn = aws_lb.web.arn
#       port              = 443
#       protocol          = "HTTPS"
#       ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
#       certificate_arn   = aws_acm_certificate.web.arn
#       # ...
#     }
#   cloudformation: |
#     HttpsListener:
#       Type: AWS::ElasticLoadBalancingV2::Listener
#       Properties:
#         LoadBalancerArn: !Ref LoadBalancer
#         Port: 443
#         Protocol: HTTPS
#         SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
#         Certificates:
#           - CertificateArn: !Ref Certificate
#         # ...
#   cis: []
#   fsbp: ["ELB.17"]
package iacvet.rules.elb_ssl_policy

import data.iacvet.lib

# default_policy is what Elastic Load Balancing uses for HTTPS and TLS
# listeners created without a policy outside the console.
default_policy := "ELBSecurityPolicy-2016-08"

# The predefined policies whose lowest protocol is TLS 1.2: TLS-1-2-*,
# FS-1-2-*, TLS13-1-2-* and TLS13-1-3-* (including the Res, Ext, FIPS and PQ
# variants). Every other predefined policy (2016-08, 2015-05, TLS-1-0/1-1,
# FS-2018-06, FS-1-1, TLS13-1-0/1-1) still accepts TLS 1.0 or 1.1.
modern(policy) if regex.match(`^ELBSecurityPolicy-(TLS-1-2|FS-1-2|TLS13-1-2|TLS13-1-3)-`, policy)

encrypted(r) if {
	is_string(r.properties.Protocol)
	upper(r.properties.Protocol) in {"HTTPS", "TLS"}
}

deny contains lib.finding(r, msg, "SslPolicy") if {
	some r in input.resources
	encrypted(r)
	policy := r.properties.SslPolicy
	is_string(policy)
	policy != ""
	not modern(policy)
	msg := sprintf("%s listener %s uses security policy %s, which allows TLS versions older than 1.2", [upper(r.properties.Protocol), r.address, policy])
}

deny contains lib.finding(r, msg, "SslPolicy") if {
	some r in input.resources
	encrypted(r)
	lib.missing(r, ["SslPolicy"])
	msg := sprintf("%s listener %s sets no security policy and gets %s, which allows TLS 1.0 and 1.1", [upper(r.properties.Protocol), r.address, default_policy])
}

unknown contains lib.finding(r, msg, "SslPolicy") if {
	some r in input.resources
	r.has_unknown
	encrypted(r)
	lib.is_unknown(r.properties.SslPolicy)
	msg := sprintf("%s: the listener's security policy is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, "Protocol") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.Protocol)
	policy := r.properties.SslPolicy
	is_string(policy)
	policy != ""
	not modern(policy)
	msg := sprintf("%s: the listener protocol is known only after apply", [r.address])
}
