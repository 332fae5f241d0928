# METADATA
# title: Classic Load Balancer serves HTTPS with an IAM server certificate
# description: |
#   An HTTPS or SSL listener whose certificate is an IAM server certificate (arn:aws:iam::...:server-certificate/...) depends on someone uploading a renewed certificate and its private key before it expires; ACM certificates renew and deploy themselves, and their private keys never leave AWS. References to certificates declared elsewhere are taken to be ACM certificates unless the referenced resource is an IAM server certificate.
# custom:
#   id: AWS-ELB-007
#   severity: medium
#   resource_types: [AWS::ElasticLoadBalancing::LoadBalancer]
#   remediation: Request or import the certificate in ACM and name its ARN in the listener.
#   terraform: |
#     resource "aws_elb" "web" {
#       listener {
#         instance_port      = 80
#         instance_protocol  = "http"
#         lb_port            = 443
#         lb_protocol        = "https"
#         ssl_certificate_id = aws_acm_certificate.web.arn
#       }
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::ElasticLoadBalancing::LoadBalancer
#       Properties:
#         Listeners:
#           - InstancePort: '80'
#             InstanceProtocol: HTTP
#             LoadBalancerPort: '443'
#             Protocol: HTTPS
#             SSLCertificateId: !Ref WebCertificate
#   cis: []
#   fsbp: ["ELB.2"]
package iacvet.rules.elb_classic_acm_certificate

import data.iacvet.lib

iam_certificate_arn(v) if {
	is_string(v)
	regex.match(`^arn:aws[a-z-]*:iam::[0-9]*:server-certificate/`, v)
}

iam_certificates := {r.address | some r in input.resources; r.type == "AWS::IAM::ServerCertificate"}

iam_certificate_ref(v) if {
	lib.is_unknown(v)
	some a in iam_certificates
	lib.refers_to(v, {"address": a})
}

secure(l) if upper(l.Protocol) in {"HTTPS", "SSL"}

listeners(r) := ls if {
	ls := r.properties.Listeners
	is_array(ls)
} else := []

deny contains lib.finding(r, msg, ["Listeners", i, "SSLCertificateId"]) if {
	some r in input.resources
	some i, l in listeners(r)
	is_object(l)
	secure(l)
	iam_certificate_arn(l.SSLCertificateId)
	msg := sprintf("%s listener on port %v serves an IAM server certificate instead of an ACM certificate", [r.address, l.LoadBalancerPort])
}

deny contains lib.finding(r, msg, ["Listeners", i, "SSLCertificateId"]) if {
	some r in input.resources
	some i, l in listeners(r)
	is_object(l)
	secure(l)
	iam_certificate_ref(l.SSLCertificateId)
	msg := sprintf("%s listener on port %v serves an IAM server certificate instead of an ACM certificate", [r.address, l.LoadBalancerPort])
}

unknown contains lib.finding(r, msg, ["Listeners", i, "SSLCertificateId"]) if {
	some r in input.resources
	r.has_unknown
	some i, l in listeners(r)
	is_object(l)
	secure(l)
	v := l.SSLCertificateId
	lib.is_unknown(v)
	not reference(v)
	msg := sprintf("%s: the certificate of the listener on port %v is known only after apply", [r.address, l.LoadBalancerPort])
}

reference(v) if is_string(v["$ref"])
