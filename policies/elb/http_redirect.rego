# METADATA
# title: Application Load Balancer listener accepts plain HTTP without redirecting to HTTPS
# description: |
#   An HTTP listener whose default actions forward or answer requests instead of redirecting them to
#   HTTPS serves clients over an unencrypted connection that can be read and altered in transit.
# custom:
#   id: AWS-ELB-001
#   severity: high
#   resource_types: [AWS::ElasticLoadBalancingV2::Listener, AWS::ElasticLoadBalancingV2::LoadBalancer]
#   remediation: Make the HTTP listener's only default action a redirect to HTTPS (port 443, status HTTP_301) and serve the application from an HTTPS listener.
#   terraform: |
#     resource "aws_lb_listener" "http" {
#       load_balancer_arn = aws_lb.web.arn
#       port              = 80
#       protocol          = "HTTP"
#
#       default_action {
#         type = "redirect"
#         redirect {
#           port        = "443"
#           protocol    = "HTTPS"
#           status_code = "HTTP_301"
#         }
#       }
#     }
#   cloudformation: |
#     HttpListener:
#       Type: AWS::ElasticLoadBalancingV2::Listener
#       Properties:
#         LoadBalancerArn: !Ref LoadBalancer
#         Port: 80
#         Protocol: HTTP
#         DefaultActions:
#           - Type: redirect
#             RedirectConfig:
#               Protocol: HTTPS
#               Port: "443"
#               StatusCode: HTTP_301
#   cis: []
#   fsbp: ["ELB.1"]
package iacvet.rules.elb_http_redirect

import data.iacvet.lib

# http holds for listeners that take plain HTTP from clients.
http(r) if {
	is_string(r.properties.Protocol)
	upper(r.properties.Protocol) == "HTTP"
}

# A listener that sets no protocol on an Application Load Balancer of the
# input is HTTP (AWS's and Terraform's default).
http(r) if {
	lib.whole(r)
	not "Protocol" in object.keys(r.properties)
	lb := listener_lb(r)
	lower(lib.get(lb.properties, "Type", "application")) == "application"
}

listener_lb(r) := lb if {
	ref := r.properties.LoadBalancerArn["$ref"]
	is_string(ref)
	parts := split(ref, ".")
	names := {ref, concat(".", array.slice(parts, 0, count(parts) - 1))}
	lbs := [x |
		some x in input.resources
		x.type == "AWS::ElasticLoadBalancingV2::LoadBalancer"
		object.get(x, "input", "") == object.get(r, "input", "")
		x.address in names
	]
	count(lbs) == 1
	lb := lbs[0]
}

# actions are the listener's default actions with their indexes (none when
# the list is unknown or absent).
actions(r) := r.properties.DefaultActions if is_array(r.properties.DefaultActions)

actions(r) := [] if not is_array(r.properties.DefaultActions)

redirect(a) if {
	is_string(a.Type)
	lower(a.Type) == "redirect"
}

# to_https holds for a redirect to HTTPS. RedirectConfig.Protocol defaults to
# "#{protocol}", the request's own protocol.
to_https(a) if {
	redirect(a)
	is_string(a.RedirectConfig.Protocol)
	upper(a.RedirectConfig.Protocol) == "HTTPS"
}

# undecided holds for actions whose type or redirect protocol is known only
# after apply.
undecided(a) if lib.is_unknown(a)

undecided(a) if lib.is_unknown(a.Type)

undecided(a) if {
	redirect(a)
	lib.unknown_at(a, ["RedirectConfig", "Protocol"])
}

# offending yields [path, description] for each default action that lets
# plain HTTP through.
offending(r) := {[path, desc] |
	some i, a in actions(r)
	is_object(a)
	not lib.is_unknown(a)
	not undecided(a)
	not to_https(a)
	[path, desc] := describe(i, a)
}

describe(i, a) := [["DefaultActions", i, "RedirectConfig", "Protocol"], "redirects without switching to HTTPS"] if redirect(a)

describe(i, a) := [["DefaultActions", i, "Type"], sprintf("is a %s action", [object.get(a, "Type", "typeless")])] if not redirect(a)

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::ElasticLoadBalancingV2::Listener"
	http(r)
	some [path, desc] in offending(r)
	msg := sprintf("HTTP listener %s serves plain HTTP: default action %d %s", [r.address, path[1], desc])
}

unknown contains lib.finding(r, msg, "Protocol") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.Protocol)
	some a in actions(r)
	not to_https(a)
	msg := sprintf("%s: the listener protocol is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, "DefaultActions") if {
	some r in input.resources
	r.has_unknown
	http(r)
	lib.is_unknown(r.properties.DefaultActions)
	msg := sprintf("%s: the listener's default actions are known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, ["DefaultActions", i]) if {
	some r in input.resources
	r.has_unknown
	http(r)
	some i, a in actions(r)
	undecided(a)
	msg := sprintf("%s: whether default action %d redirects to HTTPS is known only after apply", [r.address, i])
}
