# METADATA
# title: Client VPN endpoint does not log client connections
# description: |
#   A Client VPN endpoint with connection logging off (ConnectionLogOptions.Enabled false) keeps no record of who connected from where and when, so a stolen client certificate or a misused account leaves no trace.
# custom:
#   id: AWS-EC2-080
#   severity: medium
#   resource_types: [AWS::EC2::ClientVpnEndpoint]
#   remediation: Turn on connection logging to a CloudWatch Logs log group.
#   terraform: |
#     resource "aws_ec2_client_vpn_endpoint" "staff" {
#       # ...
#       connection_log_options {
#         enabled              = true
#         cloudwatch_log_group = aws_cloudwatch_log_group.vpn.name
#       }
#     }
#   cloudformation: |
#     Staff:
#       Type: AWS::EC2::ClientVpnEndpoint
#       Properties:
#         # ...
#         ConnectionLogOptions:
#           Enabled: true
#           CloudwatchLogGroup: !Ref VpnLogs
#   cis: []
#   fsbp: ["EC2.51"]
package iacvet.rules.ec2_client_vpn_logging

import data.iacvet.lib

path := ["ConnectionLogOptions", "Enabled"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not log client connections", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not log client connections", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it logs client connections is known only after apply", [r.address])
}
