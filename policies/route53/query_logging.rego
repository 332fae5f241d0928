# METADATA
# title: Route 53 public hosted zone does not log DNS queries
# description: |
#   Without query logging there is no record of which names were resolved in a public zone, by whom
#   and when: evidence for investigating DNS-based attacks, data exfiltration and mistaken records.
#   Private zones (with VPCs) log through Resolver query logging and are not checked.
# custom:
#   id: AWS-R53-080
#   severity: low
#   resource_types: [AWS::Route53::HostedZone]
#   remediation: Configure query logging to a CloudWatch Logs log group in us-east-1.
#   terraform: |
#     resource "aws_route53_query_log" "example" {
#       zone_id                  = aws_route53_zone.example.zone_id
#       cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
#     }
#   cloudformation: |
#     Zone:
#       Type: AWS::Route53::HostedZone
#       Properties:
#         Name: example.com
#         QueryLoggingConfig:
#           CloudWatchLogsLogGroupArn: !GetAtt DnsLogs.Arn
#   cis: []
#   fsbp: ["Route53.2"]
package iacvet.rules.route53_query_logging

import data.iacvet.lib

path := ["QueryLoggingConfig", "CloudWatchLogsLogGroupArn"]

public(r) if {
	vpcs := lib.get(r.properties, "VPCs", [])
	vpcs == []
}

deny contains lib.finding(r, msg, "QueryLoggingConfig") if {
	some r in input.resources
	public(r)
	lib.missing(r, path)
	msg := sprintf("public hosted zone %s does not log DNS queries", [r.address])
}

unknown contains lib.finding(r, msg, "QueryLoggingConfig") if {
	some r in input.resources
	r.has_unknown
	public(r)
	lib.unknown_at(r.properties, ["QueryLoggingConfig"])
	msg := sprintf("%s: whether it logs DNS queries is known only after apply", [r.address])
}
