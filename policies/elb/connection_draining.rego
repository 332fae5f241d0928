# METADATA
# title: Classic Load Balancer drops in-flight requests when instances leave
# description: |
#   Without connection draining, a Classic Load Balancer cuts open connections the moment an instance is deregistered or fails its health check, so every deployment and scale-in breaks the requests in flight. Connection draining is off unless ConnectionDrainingPolicy (Terraform connection_draining) enables it.
# custom:
#   id: AWS-ELB-083
#   severity: low
#   resource_types: [AWS::ElasticLoadBalancing::LoadBalancer]
#   remediation: Enable connection draining with a timeout that covers the longest request.
#   terraform: |
#     resource "aws_elb" "web" {
#       connection_draining         = true
#       connection_draining_timeout = 300
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::ElasticLoadBalancing::LoadBalancer
#       Properties:
#         ConnectionDrainingPolicy:
#           Enabled: true
#           Timeout: 300
#   cis: []
#   fsbp: ["ELB.7"]
package iacvet.rules.elb_connection_draining

import data.iacvet.lib

path := ["ConnectionDrainingPolicy", "Enabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has no connection draining", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.is_false(lib.at(r.properties, path))
	msg := sprintf("%s has connection draining disabled", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether connection draining is enabled is known only after apply", [r.address])
}
