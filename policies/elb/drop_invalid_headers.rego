# METADATA
# title: Application Load Balancer does not drop invalid HTTP headers
# description: |
#   Unless routing.http.drop_invalid_header_fields.enabled is true, an Application Load Balancer
#   forwards header fields whose names are not valid HTTP tokens to its targets, which helps HTTP
#   desync (request smuggling) attacks. The attribute is off by default.
# custom:
#   id: AWS-ELB-003
#   severity: medium
#   resource_types: [AWS::ElasticLoadBalancingV2::LoadBalancer]
#   remediation: Set the load balancer attribute routing.http.drop_invalid_header_fields.enabled to true.
#   terraform: |
#     resource "aws_lb" "web" {
#       # ...
#       load_balancer_type         = "application"
#       drop_invalid_header_fields = true
#     }
#   cloudformation: |
#     LoadBalancer:
#       Type: AWS::ElasticLoadBalancingV2::LoadBalancer
#       Properties:
#         Type: application
#         LoadBalancerAttributes:
#           - Key: routing.http.drop_invalid_header_fields.enabled
#             Value: "true"
#   cis: []
#   fsbp: ["ELB.4"]
package iacvet.rules.elb_drop_invalid_headers

import data.iacvet.lib

key := "routing.http.drop_invalid_header_fields.enabled"

# application holds for Application Load Balancers (the default type).
application(r) if {
	t := lib.get(r.properties, "Type", "application")
	is_string(t)
	lower(t) == "application"
}

attributes(r) := r.properties.LoadBalancerAttributes if is_array(r.properties.LoadBalancerAttributes)

attributes(r) := [] if not is_array(r.properties.LoadBalancerAttributes)

# settings yields [index, value] for each occurrence of the attribute.
settings(r) := {[i, attr.Value] |
	some i, attr in attributes(r)
	is_object(attr)
	attr.Key == key
}

# undecided holds when the attribute list or one of its keys is known only
# after apply.
undecided(r) if lib.is_unknown(r.properties.LoadBalancerAttributes)

undecided(r) if {
	some attr in attributes(r)
	lib.is_unknown(attr)
}

undecided(r) if {
	some attr in attributes(r)
	lib.is_unknown(attr.Key)
}

drops(r) if {
	some [_, v] in settings(r)
	lib.is_true(v)
}

deny contains lib.finding(r, msg, ["LoadBalancerAttributes", i, "Value"]) if {
	some r in input.resources
	application(r)
	some [i, v] in settings(r)
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("Application Load Balancer %s forwards invalid HTTP header fields (%s is %v)", [r.address, key, v])
}

deny contains lib.finding(r, msg, "LoadBalancerAttributes") if {
	some r in input.resources
	lib.whole(r)
	application(r)
	count(settings(r)) == 0
	not undecided(r)
	msg := sprintf("Application Load Balancer %s forwards invalid HTTP header fields (%s is not set and defaults to false)", [r.address, key])
}

unknown contains lib.finding(r, msg, "LoadBalancerAttributes") if {
	some r in input.resources
	r.has_unknown
	application(r)
	count(settings(r)) == 0
	undecided(r)
	msg := sprintf("%s: whether invalid HTTP header fields are dropped is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, ["LoadBalancerAttributes", i, "Value"]) if {
	some r in input.resources
	r.has_unknown
	application(r)
	some [i, v] in settings(r)
	lib.is_unknown(v)
	msg := sprintf("%s: whether invalid HTTP header fields are dropped is known only after apply", [r.address])
}

unknown contains lib.finding(r, msg, "Type") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.Type)
	not drops(r)
	msg := sprintf("%s: the load balancer type is known only after apply", [r.address])
}
