# METADATA
# title: Classic Load Balancer listener does not use HTTPS or SSL
# description: |
#   A Classic Load Balancer listener with the HTTP or TCP front-end protocol takes client connections
#   unencrypted, so requests and responses cross the network in clear text.
# custom:
#   id: AWS-ELB-004
#   severity: medium
#   resource_types: [AWS::ElasticLoadBalancing::LoadBalancer]
#   remediation: Use the HTTPS or SSL protocol (with a certificate) for every listener, or migrate to an Application Load Balancer that redirects HTTP to HTTPS.
#   terraform: |
#     resource "aws_elb" "web" {
#       # ...
#       listener {
#         lb_port            = 443
#         lb_protocol        = "https"
#         instance_port      = 8080
#         instance_protocol  = "http"
#         ssl_certificate_id = aws_acm_certificate.web.arn
#       }
#     }
#   cloudformation: |
#     LoadBalancer:
#       Type: AWS::ElasticLoadBalancing::LoadBalancer
#       Properties:
#         Listeners:
#           - LoadBalancerPort: "443"
#             Protocol: HTTPS
#             InstancePort: "8080"
#             InstanceProtocol: HTTP
#             SSLCertificateId: !Ref Certificate
#   cis: []
#   fsbp: ["ELB.3"]
package iacvet.rules.elb_classic_listener_tls

import data.iacvet.lib

plain := {"HTTP", "TCP"}

listeners(r) := r.properties.Listeners if is_array(r.properties.Listeners)

listeners(r) := [] if not is_array(r.properties.Listeners)

# undecided holds for listeners whose protocol is known only after apply.
undecided(l) if lib.is_unknown(l)

undecided(l) if lib.is_unknown(l.Protocol)

deny contains lib.finding(r, msg, ["Listeners", i, "Protocol"]) if {
	some r in input.resources
	some i, l in listeners(r)
	is_string(l.Protocol)
	upper(l.Protocol) in plain
	msg := sprintf("Classic Load Balancer %s listens with %s on port %v, unencrypted", [r.address, upper(l.Protocol), object.get(l, "LoadBalancerPort", "?")])
}

unknown contains lib.finding(r, msg, "Listeners") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.Listeners)
	msg := sprintf("%s: the load balancer's listeners are known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, ["Listeners", i]) if {
	some r in input.resources
	r.has_unknown
	some i, l in listeners(r)
	undecided(l)
	msg := sprintf("%s: the protocol of listener %d is known only after apply", [r.address, i])
}
