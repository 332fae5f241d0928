# METADATA
# title: CloudFront distribution allows plain HTTP to viewers
# description: |
#   A cache behavior whose viewer protocol policy is allow-all serves content over unencrypted HTTP, so
#   requests, cookies and responses between viewers and CloudFront can be read or altered on the way.
# custom:
#   id: AWS-CFR-001
#   severity: high
#   resource_types: [AWS::CloudFront::Distribution]
#   remediation: Set the viewer protocol policy of the default and every ordered cache behavior to redirect-to-https or https-only.
#   terraform: |
#     resource "aws_cloudfront_distribution" "site" {
#       # ...
#       default_cache_behavior {
#         target_origin_id       = "site"
#         viewer_protocol_policy = "redirect-to-https"
#       }
#       ordered_cache_behavior {
#         path_pattern           = "/api/*"
#         target_origin_id       = "api"
#         viewer_protocol_policy = "https-only"
#       }
#     }
#   cloudformation: |
#     Site:
#       Type: AWS::CloudFront::Distribution
#       Properties:
#         DistributionConfig:
#           DefaultCacheBehavior:
#             TargetOriginId: site
#             ViewerProtocolPolicy: redirect-to-https
#           CacheBehaviors:
#             - PathPattern: /api/*
#               TargetOriginId: api
#               ViewerProtocolPolicy: https-only
#   cis: []
#   fsbp: ["CloudFront.3"]
package iacvet.rules.cloudfront_viewer_https

import data.iacvet.lib

# behaviors yields [path, behavior] for the default and every ordered cache
# behavior of a distribution.
behaviors(r) := {[["DistributionConfig", "DefaultCacheBehavior"], b] |
	b := r.properties.DistributionConfig.DefaultCacheBehavior
	is_object(b)
} | {[["DistributionConfig", "CacheBehaviors", i], b] |
	some i, b in r.properties.DistributionConfig.CacheBehaviors
	is_array(r.properties.DistributionConfig.CacheBehaviors)
	is_object(b)
}

policy_path(path) := array.concat(path, ["ViewerProtocolPolicy"])

describe(b) := sprintf("cache behavior %s", [p]) if {
	p := object.get(b, "PathPattern", null)
	is_string(p)
}

describe(b) := "default cache behavior" if not is_string(object.get(b, "PathPattern", null))

deny contains lib.finding(r, msg, policy_path(path)) if {
	some r in input.resources
	some [path, b] in behaviors(r)
	is_string(b.ViewerProtocolPolicy)
	lower(b.ViewerProtocolPolicy) == "allow-all"
	msg := sprintf("%s: the %s serves viewers over plain HTTP (allow-all)", [r.address, describe(b)])
}

unknown contains lib.finding(r, msg, policy_path(path)) if {
	some r in input.resources
	r.has_unknown
	some [path, b] in behaviors(r)
	lib.is_unknown(b.ViewerProtocolPolicy)
	msg := sprintf("%s: the viewer protocol policy of the %s is known only after apply", [r.address, describe(b)])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	some path in [["DistributionConfig", "DefaultCacheBehavior"], ["DistributionConfig", "CacheBehaviors"]]
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
