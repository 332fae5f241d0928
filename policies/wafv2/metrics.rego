# METADATA
# title: WAF rule or web ACL sends no CloudWatch metrics
# description: |
#   With CloudWatchMetricsEnabled false, WAF publishes no request counts for the web ACL's default action, the rule or the rule group, so a rule that suddenly blocks legitimate traffic, or an attack that a rule starts matching, shows on no graph or alarm. VisibilityConfig is required on web ACLs, rule groups and each of their rules; the rule reports the ones that turn metrics off.
# custom:
#   id: AWS-WAF-081
#   severity: low
#   resource_types: [AWS::WAFv2::WebACL, AWS::WAFv2::RuleGroup]
#   remediation: Set CloudWatchMetricsEnabled in the visibility configuration of the web ACL or rule group and of each rule.
#   terraform: |
#     resource "aws_wafv2_web_acl" "edge" {
#       visibility_config {
#         cloudwatch_metrics_enabled = true
#         metric_name                = "edge"
#         sampled_requests_enabled   = true
#       }
#     }
#   cloudformation: |
#     Edge:
#       Type: AWS::WAFv2::WebACL
#       Properties:
#         VisibilityConfig:
#           CloudWatchMetricsEnabled: true
#           MetricName: edge
#           SampledRequestsEnabled: true
#   cis: []
#   fsbp: ["WAF.12"]
package iacvet.rules.wafv2_metrics

import data.iacvet.lib

configs(r) := array.concat(
	[[["VisibilityConfig", "CloudWatchMetricsEnabled"], "the web ACL or rule group", lib.at(r.properties, ["VisibilityConfig", "CloudWatchMetricsEnabled"])]],
	[[["Rules", i, "VisibilityConfig", "CloudWatchMetricsEnabled"], sprintf("rule %v", [object.get(rule, "Name", i)]), object.get(rule, ["VisibilityConfig", "CloudWatchMetricsEnabled"], null)] |
		some i, rule in lib.as_list(object.get(r.properties, "Rules", []))
		is_object(rule)
	],
)

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	some [path, what, v] in configs(r)
	lib.is_false(v)
	msg := sprintf("%s sends no CloudWatch metrics for %s", [r.address, what])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	some [path, what, v] in configs(r)
	lib.is_unknown(v)
	msg := sprintf("%s: whether %s sends CloudWatch metrics is known only after apply", [r.address, what])
}
