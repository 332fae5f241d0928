# METADATA
# title: SES configuration set lets email go out without TLS
# description: |
#   With the TLS policy OPTIONAL (the default), SES delivers a message in plain text when the receiving mail server does not offer STARTTLS or the TLS handshake fails, so the message can be read or altered on the way. REQUIRE makes SES keep the message and retry rather than send it unencrypted.
# custom:
#   id: AWS-SES-040
#   severity: low
#   resource_types: [AWS::SES::ConfigurationSet]
#   remediation: Set the configuration set's delivery TLS policy to REQUIRE.
#   terraform: |
#     resource "aws_sesv2_configuration_set" "transactional" {
#       configuration_set_name = "transactional"
#       delivery_options {
#         tls_policy = "REQUIRE"
#       }
#     }
#   cloudformation: |
#     Transactional:
#       Type: AWS::SES::ConfigurationSet
#       Properties:
#         Name: transactional
#         DeliveryOptions:
#           TlsPolicy: REQUIRE
#   cis: []
#   fsbp: []
package iacvet.rules.ses_tls

import data.iacvet.lib

path := ["DeliveryOptions", "TlsPolicy"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s sends email without TLS when the receiver does not offer it (TLS policy OPTIONAL by default)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	v != ""
	upper(v) != "REQUIRE"
	msg := sprintf("%s sends email without TLS when the receiver does not offer it (TLS policy %s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its TLS policy is known only after apply", [r.address])
}
