# METADATA
# title: Classic Load Balancer HTTPS/SSL listener uses an outdated TLS policy
# description: |
#   A Classic Load Balancer negotiates HTTPS and SSL connections with the SSL negotiation policy
#   attached to the listener. A policy that still enables TLS 1.0 or 1.1 (or SSL 3.0) lets clients
#   and attackers downgrade connections to deprecated protocol versions and weak ciphers. A listener
#   with no SSL negotiation policy gets ELBSecurityPolicy-2016-08, which allows TLS 1.0, so it fails
#   too. The policy passes when it references a TLS 1.2+ predefined policy
#   (ELBSecurityPolicy-TLS-1-2-2017-01) or, for a custom policy, enables none of Protocol-SSLv2,
#   Protocol-SSLv3, Protocol-TLSv1 and Protocol-TLSv1.1 (FSBP ELB.8 itself accepts only the
#   predefined ELBSecurityPolicy-TLS-1-2-2017-01). In Terraform the policy comes from
#   aws_load_balancer_policy with aws_load_balancer_listener_policy, or aws_lb_ssl_negotiation_policy.
# custom:
#   id: AWS-ELB-006
#   severity: medium
#   resource_types: [AWS::ElasticLoadBalancing::LoadBalancer]
#   remediation: Attach an SSL negotiation policy that references ELBSecurityPolicy-TLS-1-2-2017-01 (attribute Reference-Security-Policy) to every HTTPS and SSL listener, or migrate to an Application Load Balancer with a TLS 1.2+ policy.
#   terraform: |
#     resource "aws_load_balancer_policy" "tls" {
#       load_balancer_name = aws_elb.web.name
#       policy_name        = "web-tls-1-2"
#       policy_type_name   = "SSLNegotiationPolicyType"
#
#       policy_attribute {
#         name  = "Reference-Security-Policy"
#         value = "ELBSecurityPolicy-TLS-1-2-2017-01"
#       }
#     }
#
#     resource "aws_load_balancer_listener_policy" "https" {
#       load_balancer_name = aws_elb.web.name
#       load_balancer_port = 443
#       policy_names       = [aws_load_balancer_policy.tls.policy_name]
#     }
#   cloudformation: |
#     LoadBalancer:
#       Type: AWS::ElasticLoadBalancing::LoadBalancer
#       Properties:
#         Policies:
#           - PolicyName: web-tls-1-2
#             PolicyType: SSLNegotiationPolicyType
#             Attributes:
#               - Name: Reference-Security-Policy
#                 Value: ELBSecurityPolicy-TLS-1-2-2017-01
#         Listeners:
#           - LoadBalancerPort: "443"
#             Protocol: HTTPS
#             InstancePort: "8080"
#             InstanceProtocol: HTTP
#             SSLCertificateId: !Ref Certificate
#             PolicyNames: [web-tls-1-2]
#         # ...
#   cis: []
#   fsbp: ["ELB.8"]
package iacvet.rules.elb_classic_ssl_policy

import data.iacvet.lib

# default_policy is what Elastic Load Balancing uses for an HTTPS or SSL
# listener without an SSL negotiation policy.
default_policy := "ELBSecurityPolicy-2016-08"

# Predefined policies whose lowest protocol is TLS 1.2 (for Classic Load
# Balancers: ELBSecurityPolicy-TLS-1-2-2017-01); every other one (2016-08,
# TLS-1-1-2017-01, 2015-05, ...) still accepts TLS 1.0 or 1.1.
modern(policy) if regex.match(`^ELBSecurityPolicy-(TLS-1-2|FS-1-2|TLS13-1-2|TLS13-1-3)-`, policy)

# Attributes of a custom policy that enable a protocol older than TLS 1.2.
outdated_protocols := {"Protocol-SSLv2", "Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1"}

list(x) := x if is_array(x)

list(x) := [] if not is_array(x)

listeners(r) := list(object.get(r.properties, "Listeners", []))

policies(r) := list(object.get(r.properties, "Policies", []))

attributes(p) := list(object.get(p, "Attributes", []))

names(l) := list(object.get(l, "PolicyNames", []))

encrypted(l) if {
	is_string(l.Protocol)
	upper(l.Protocol) in {"HTTPS", "SSL"}
}

ssl(p) if {
	is_string(p.PolicyType)
	upper(p.PolicyType) == "SSLNEGOTIATIONPOLICYTYPE"
}

same_port(a, b) if {
	lib.known(a)
	lib.known(b)
	sprintf("%v", [a]) == sprintf("%v", [b])
}

# A policy is attached to a listener by the listener's PolicyNames or (in
# CloudFormation) by the policy's LoadBalancerPorts.
attaches(p, l) if p.PolicyName in names(l)

attaches(p, l) if {
	some port in list(object.get(p, "LoadBalancerPorts", []))
	same_port(port, object.get(l, "LoadBalancerPort", null))
}

# The indexes (in Policies) of the SSL negotiation policies of listener l.
ssl_policies(r, l) := {j | some j, p in policies(r); ssl(p); attaches(p, l)}

references(p) := [a.Value | some a in attributes(p); a.Name == "Reference-Security-Policy"]

# weakness says why policy p allows a protocol older than TLS 1.2.
weakness(p) := sprintf("Reference-Security-Policy %s", [v]) if {
	v := references(p)[0]
	is_string(v)
	not modern(v)
}

weakness(p) := sprintf("%s enabled", [concat(", ", sort(enabled))]) if {
	count(references(p)) == 0
	enabled := {a.Name | some a in attributes(p); a.Name in outdated_protocols; lib.is_true(a.Value)}
	count(enabled) > 0
}

# strong: the policy is known to allow TLS 1.2+ only.
strong(p) if {
	count(references(p)) > 0
	every v in references(p) {
		is_string(v)
		modern(v)
	}
}

# A custom policy is strong when it enables no outdated protocol.
strong(p) if {
	count(references(p)) == 0
	not lib.is_unknown(object.get(p, "Attributes", null))
	every a in attributes(p) {
		settled(a)
	}
}

settled(a) if {
	is_string(a.Name)
	not a.Name in outdated_protocols
}

settled(a) if {
	a.Name in outdated_protocols
	lib.known(a.Value)
	not lib.is_true(a.Value)
}

weak_policies(r, l) := {j | some j in ssl_policies(r, l); weakness(policies(r)[j])}

# Every policy name the load balancer defines (stickiness policies too, which
# listeners also name).
defined_names(r) := {p.PolicyName | some p in policies(r)} | {p.PolicyName |
	some prop in ["AppCookieStickinessPolicy", "LBCookieStickinessPolicy"]
	some p in list(object.get(r.properties, prop, []))
}

# The listener's policies are all known and none is an SSL negotiation
# policy, so the load balancer uses the default policy.
no_ssl_policy(r, l) if {
	not lib.is_unknown(object.get(l, "PolicyNames", null))
	not lib.is_unknown(object.get(r.properties, "Policies", null))
	every n in names(l) {
		is_string(n)
		n in defined_names(r)
	}
	every p in policies(r) {
		lib.known(p)
		is_string(p.PolicyName)
		lib.known(object.get(p, "PolicyType", null))
		lib.known(object.get(p, "LoadBalancerPorts", null))
	}
	count(ssl_policies(r, l)) == 0
}

# Listener policy attachments (Terraform aws_load_balancer_listener_policy,
# aws_lb_ssl_negotiation_policy) that did not join a load balancer in the
# model: a partial load balancer, indexed by its name once.
attachments := [r |
	some r in input.resources
	r.partial
	some l in listeners(r)
	count(names(l)) > 0
]

attached_by_name := {r.properties.LoadBalancerName | some r in attachments; is_string(r.properties.LoadBalancerName)}

attached_to_unknown if {
	some r in attachments
	not is_string(object.get(r.properties, "LoadBalancerName", null))
}

# The load balancer may have listener policies the model does not show: an
# attachment that names it or whose load balancer is unknown, or one whose
# listener port matched no listener (a listener item without a protocol).
may_have_more(r) if attached_to_unknown

may_have_more(r) if r.properties.LoadBalancerName in attached_by_name

may_have_more(r) if {
	count(attachments) > 0
	not is_string(object.get(r.properties, "LoadBalancerName", null))
}

may_have_more(r) if {
	some l in listeners(r)
	not "Protocol" in object.keys(l)
}

whole(r) if not r.partial

port(l) := object.get(l, "LoadBalancerPort", "?")

deny contains lib.finding(r, msg, ["Policies", j, "Attributes"]) if {
	some r in input.resources
	whole(r)
	some l in listeners(r)
	encrypted(l)
	some j in weak_policies(r, l)
	p := policies(r)[j]
	msg := sprintf("%s listener on port %v of Classic Load Balancer %s uses SSL negotiation policy %v (%s), which allows TLS versions older than 1.2", [upper(l.Protocol), port(l), r.address, p.PolicyName, weakness(p)])
}

deny contains lib.finding(r, msg, ["Listeners", i]) if {
	some r in input.resources
	whole(r)
	some i, l in listeners(r)
	encrypted(l)
	no_ssl_policy(r, l)
	not may_have_more(r)
	msg := sprintf("%s listener on port %v of Classic Load Balancer %s has no SSL negotiation policy and gets %s, which allows TLS 1.0 and 1.1", [upper(l.Protocol), port(l), r.address, default_policy])
}

# decided: the listener fails or passes for certain.
decided(r, l) if count(weak_policies(r, l)) > 0

decided(r, l) if {
	no_ssl_policy(r, l)
	not may_have_more(r)
}

decided(r, l) if {
	count(ssl_policies(r, l)) > 0
	every j in ssl_policies(r, l) {
		strong(policies(r)[j])
	}
}

unknown contains lib.finding(r, msg, "Listeners") if {
	some r in input.resources
	whole(r)
	lib.is_unknown(r.properties.Listeners)
	msg := sprintf("%s: the load balancer's listeners are known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, ["Listeners", i]) if {
	some r in input.resources
	whole(r)
	some i, l in listeners(r)
	encrypted(l)
	not decided(r, l)
	msg := sprintf("%s: the SSL negotiation policy of the %s listener on port %v is known only after apply", [r.address, upper(l.Protocol), port(l)])
}

unknown contains lib.finding(r, msg, ["Listeners", i, "Protocol"]) if {
	some r in input.resources
	whole(r)
	some i, l in listeners(r)
	lib.is_unknown(l.Protocol)
	count(weak_policies(r, l)) > 0
	msg := sprintf("%s: the protocol of the listener on port %v is known only after apply", [r.address, port(l)])
}

unknown contains lib.finding(r, msg, ["Listeners", i, "Protocol"]) if {
	some r in input.resources
	whole(r)
	some i, l in listeners(r)
	lib.is_unknown(l.Protocol)
	no_ssl_policy(r, l)
	msg := sprintf("%s: the protocol of the listener on port %v is known only after apply", [r.address, port(l)])
}
