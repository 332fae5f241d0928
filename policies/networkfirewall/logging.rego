# METADATA
# title: Network Firewall has no logging configuration
# description: |
#   Without flow and alert logs a Network Firewall keeps no record of the traffic it passed or
#   dropped, so intrusions and rule mistakes cannot be investigated.
# custom:
#   id: AWS-NFW-080
#   severity: medium
#   resource_types: [AWS::NetworkFirewall::Firewall, AWS::NetworkFirewall::LoggingConfiguration]
#   remediation: Add a logging configuration with at least one log destination for the firewall.
#   terraform: |
#     resource "aws_networkfirewall_logging_configuration" "main" {
#       firewall_arn = aws_networkfirewall_firewall.main.arn
#       logging_configuration {
#         log_destination_config {
#           log_type             = "ALERT"
#           log_destination_type = "CloudWatchLogs"
#           log_destination      = { logGroup = aws_cloudwatch_log_group.firewall.name }
#         }
#       }
#     }
#   cloudformation: |
#     FirewallLogging:
#       Type: AWS::NetworkFirewall::LoggingConfiguration
#       Properties:
#         FirewallArn: !Ref Firewall
#         LoggingConfiguration:
#           LogDestinationConfigs:
#             - LogType: ALERT
#               LogDestinationType: CloudWatchLogs
#               LogDestination:
#                 logGroup: !Ref FirewallLogs
#   cis: []
#   fsbp: ["NetworkFirewall.2"]
package iacvet.rules.networkfirewall_logging

import data.iacvet.lib
import data.iacvet.lib.targets

config := "AWS::NetworkFirewall::LoggingConfiguration"

# A logging configuration counts when it has a destination (or its
# destinations are known only after apply).
logged contains a if {
	some c in input.resources
	c.type == config
	has_destination(c)
	some a in targets.ref_addresses(object.get(c.properties, "FirewallArn", null))
}

has_destination(c) if {
	dests := object.get(c.properties, ["LoggingConfiguration", "LogDestinationConfigs"], [])
	not is_array(dests)
}

has_destination(c) if {
	count(object.get(c.properties, ["LoggingConfiguration", "LogDestinationConfigs"], [])) > 0
}

undecided := targets.undecided(config, "FirewallArn")

unlogged contains r if {
	some r in input.resources
	r.type == "AWS::NetworkFirewall::Firewall"
	lib.whole(r)
	not r.address in logged
}

deny contains lib.finding(r, msg, "") if {
	not undecided
	some r in unlogged
	msg := sprintf("%s has no logging configuration with a destination", [r.address])
}

unknown contains lib.finding(r, msg, "") if {
	undecided
	some r in unlogged
	msg := sprintf("%s: whether a logging configuration covers it is known only after apply", [r.address])
}
