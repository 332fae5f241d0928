# METADATA
# title: WAFv2 web ACL allows everything and has no rules
# description: |
#   A web ACL whose default action is Allow and that has no rules lets every request through: the resources it is associated with look protected but are not filtered at all.
# custom:
#   id: AWS-WAF-060
#   severity: medium
#   resource_types: [AWS::WAFv2::WebACL]
#   remediation: Add rules or managed rule groups (for example AWSManagedRulesCommonRuleSet) to the web ACL, or make Block its default action.
#   terraform: |
#     resource "aws_wafv2_web_acl" "main" {
#       # ...
#       default_action {
#         allow {}
#       }
#       rule {
#         name     = "common"
#         priority = 1
#         override_action {
#           none {}
#         }
#         statement {
#           managed_rule_group_statement {
#             name        = "AWSManagedRulesCommonRuleSet"
#             vendor_name = "AWS"
#           }
#         }
#         visibility_config {
#           cloudwatch_metrics_enabled = true
#           metric_name                = "common"
#           sampled_requests_enabled   = true
#         }
#       }
#     }
#   cloudformation: |
#     Rules:
#       - Name: common
#         Priority: 1
#         OverrideAction: {None: {}}
#         Statement:
#           ManagedRuleGroupStatement:
#             Name: AWSManagedRulesCommonRuleSet
#             VendorName: AWS
#         VisibilityConfig:
#           CloudWatchMetricsEnabled: true
#           MetricName: common
#           SampledRequestsEnabled: true
#   cis: []
#   fsbp: ["WAF.10"]
package iacvet.rules.wafv2_allow_without_rules

import data.iacvet.lib

deny contains lib.finding(r, msg, ["DefaultAction", "Allow"]) if {
	some r in input.resources
	r.type == "AWS::WAFv2::WebACL"
	allows(r.properties.DefaultAction)
	lib.missing(r, ["Rules"])
	msg := sprintf("WAFv2 web ACL %s allows every request: its default action is Allow and it has no rules", [r.address])
}

allows(a) if {
	is_object(a.Allow)
	not lib.is_unknown(a.Allow)
}
