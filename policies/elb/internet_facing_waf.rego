# METADATA
# title: Internet-facing Application Load Balancer has no WAF web ACL
# description: |
#   An Application Load Balancer with the internet-facing scheme (AWS's default) and no AWS WAF web
#   ACL associated with it (AWS::WAFv2::WebACLAssociation, aws_wafv2_web_acl_association or
#   aws_wafregional_web_acl_association in the same configuration) forwards every request from the
#   internet, including common exploits and floods, to its targets. Internal and network load
#   balancers are not judged.
# custom:
#   id: AWS-ELB-060
#   severity: low
#   resource_types: [AWS::ElasticLoadBalancingV2::LoadBalancer, AWS::WAFv2::WebACLAssociation, AWS::WAFRegional::WebACLAssociation]
#   remediation: Associate a WAFv2 web ACL (with managed rule groups) with the load balancer, or make it internal.
#   terraform: |
#     resource "aws_wafv2_web_acl_association" "alb" {
#       resource_arn = aws_lb.web.arn
#       web_acl_arn  = aws_wafv2_web_acl.web.arn
#     }
#   cloudformation: |
#     AlbWebAcl:
#       Type: AWS::WAFv2::WebACLAssociation
#       Properties:
#         ResourceArn: !Ref WebLoadBalancer
#         WebACLArn: !GetAtt WebAcl.Arn
#   cis: []
#   fsbp: ["ELB.16"]
package iacvet.rules.elb_internet_facing_waf

import data.iacvet.lib

associations := [r | some r in input.resources; r.type in {"AWS::WAFv2::WebACLAssociation", "AWS::WAFRegional::WebACLAssociation"}]

protected contains k if {
	some a in associations
	some k in lib.ref_keys(a.properties.ResourceArn)
}

# An association whose load balancer is known only after apply without a
# reference (a variable, a data source) could be for any of them.
undecided if {
	some a in associations
	v := a.properties.ResourceArn
	lib.is_unknown(v)
	not v["$ref"]
}

application(p) if lower(lib.get(p, "Type", "application")) == "application"

internet_facing(p) if lower(lib.get(p, "Scheme", "internet-facing")) == "internet-facing"

deny contains lib.finding(r, msg, "") if {
	not undecided
	some r in input.resources
	r.type == "AWS::ElasticLoadBalancingV2::LoadBalancer"
	application(r.properties)
	internet_facing(r.properties)
	not r.address in protected
	msg := sprintf("internet-facing Application Load Balancer %s has no WAF web ACL", [r.address])
}
