# METADATA
# title: CloudFront distribution reaches a custom origin over plain HTTP
# description: |
#   A custom origin whose protocol policy is http-only, or match-viewer behind a cache behavior that allows
#   HTTP viewers, receives requests from CloudFront unencrypted: headers, cookies, tokens and responses cross
#   the network between the edge and the origin in the clear.
# custom:
#   id: AWS-CFR-005
#   severity: medium
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Serve HTTPS on the origin and set its origin protocol policy to https-only (or match-viewer only behind HTTPS-only viewer policies). S3 website endpoints speak only HTTP; use the bucket's REST endpoint with origin access control instead.
#   terraform: |
#     origin {
#       domain_name = aws_lb.api.dns_name
#       origin_id   = "api"
#       custom_origin_config {
#         http_port              = 80
#         https_port             = 443
#         origin_protocol_policy = "https-only"
#         origin_ssl_protocols   = ["TLSv1.2"]
#       }
#     }
#   cloudformation: |
#     Origins:
#       - Id: api
#         DomainName: !GetAtt ApiLoadBalancer.DNSName
#         CustomOriginConfig:
#           OriginProtocolPolicy: https-only
#           OriginSSLProtocols: [TLSv1.2]
#   cis: []
#   fsbp: ["CloudFront.9"]
package iacvet.rules.cloudfront_origin_https

import data.iacvet.lib

origins_path := ["DistributionConfig", "Origins"]

# custom_origins yields [index, origin, protocol policy] for the custom
# origins of a distribution.
custom_origins(r) := {[i, o, p] |
	some i, o in origins(r)
	is_object(o)
	p := o.CustomOriginConfig.OriginProtocolPolicy
}

origins(r) := os if {
	os := lib.at(r.properties, origins_path)
	is_array(os)
} else := []

origin_ids(r) := {id | some o in origins(r); id := o.Id; is_string(id)}

ordered_behaviors(r) := bs if {
	bs := r.properties.DistributionConfig.CacheBehaviors
	is_array(bs)
} else := []

# behaviors lists the default and the ordered cache behaviors.
behaviors(r) := array.concat(
	[b | b := r.properties.DistributionConfig.DefaultCacheBehavior; is_object(b)],
	[b | some b in ordered_behaviors(r); is_object(b)],
)

# targets holds when cache behavior b sends requests to origin o: directly,
# or through an origin group (a target that is not an origin id).
targets(r, b, o) if b.TargetOriginId == o.Id

targets(r, b, _) if {
	is_string(b.TargetOriginId)
	not b.TargetOriginId in origin_ids(r)
}

allows_http(b) if {
	is_string(b.ViewerProtocolPolicy)
	lower(b.ViewerProtocolPolicy) == "allow-all"
}

policy_path(i) := array.concat(origins_path, [i, "CustomOriginConfig", "OriginProtocolPolicy"])

label(o, _) := id if {
	id := object.get(o, "Id", null)
	is_string(id)
}

label(o, i) := sprintf("#%d", [i]) if not is_string(object.get(o, "Id", null))

deny contains lib.finding(r, msg, policy_path(i)) if {
	some r in input.resources
	some [i, o, p] in custom_origins(r)
	is_string(p)
	lower(p) == "http-only"
	msg := sprintf("%s reaches custom origin %s over plain HTTP (http-only)", [r.address, label(o, i)])
}

deny contains lib.finding(r, msg, policy_path(i)) if {
	some r in input.resources
	some [i, o, p] in custom_origins(r)
	is_string(p)
	lower(p) == "match-viewer"
	some b in behaviors(r)
	allows_http(b)
	targets(r, b, o)
	msg := sprintf("%s forwards HTTP viewers to custom origin %s over plain HTTP (match-viewer behind allow-all)", [r.address, label(o, i)])
}

unknown contains lib.finding(r, msg, policy_path(i)) if {
	some r in input.resources
	r.has_unknown
	some [i, o, p] in custom_origins(r)
	lib.is_unknown(p)
	msg := sprintf("%s: the protocol policy of origin %s is known only after apply", [r.address, label(o, i)])
}

unknown contains lib.finding(r, msg, policy_path(i)) if {
	some r in input.resources
	r.has_unknown
	some [i, o, p] in custom_origins(r)
	is_string(p)
	lower(p) == "match-viewer"
	some b in behaviors(r)
	uncertain(r, b, o)
	msg := sprintf("%s: whether HTTP viewers reach origin %s over HTTP is known only after apply", [r.address, label(o, i)])
}

unknown contains lib.finding(r, msg, array.concat(origins_path, [i, "CustomOriginConfig"])) if {
	some r in input.resources
	r.has_unknown
	some i, o in origins(r)
	lib.is_unknown(o.CustomOriginConfig)
	msg := sprintf("%s: the protocol policy of origin %s is known only after apply", [r.address, label(o, i)])
}

unknown contains lib.finding(r, msg, origins_path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, origins_path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}

# uncertain holds when a cache behavior that may allow HTTP may target o.
uncertain(r, b, o) if {
	lib.is_unknown(b.ViewerProtocolPolicy)
	targets(r, b, o)
}

uncertain(_, b, _) if {
	allows_http(b)
	lib.is_unknown(b.TargetOriginId)
}
