# METADATA
# title: Transfer Family server accepts plain FTP
# description: |
#   A server whose Protocols include FTP takes user names, passwords and files in clear text, readable by anyone on the network path (FTP endpoints can only be in a VPC, which limits but does not remove the exposure). SFTP and FTPS encrypt the session. A server speaks SFTP alone unless Protocols say otherwise.
# custom:
#   id: AWS-TRANSFER-040
#   severity: medium
#   resource_types: [AWS::Transfer::Server]
#   remediation: Replace FTP with SFTP or FTPS in the server's protocols.
#   terraform: |
#     resource "aws_transfer_server" "partners" {
#       endpoint_type = "VPC"
#       protocols     = ["SFTP"]
#     }
#   cloudformation: |
#     Partners:
#       Type: AWS::Transfer::Server
#       Properties:
#         EndpointType: VPC
#         Protocols: [SFTP]
#   cis: []
#   fsbp: ["Transfer.2"]
package iacvet.rules.transfer_ftp

import data.iacvet.lib

deny contains lib.finding(r, msg, ["Protocols", i]) if {
	some r in input.resources
	some i, p in lib.as_list(object.get(r.properties, "Protocols", []))
	is_string(p)
	upper(p) == "FTP"
	msg := sprintf("%s accepts plain FTP", [r.address])
}

unknown contains lib.finding(r, msg, ["Protocols"]) if {
	some r in input.resources
	r.has_unknown
	ps := object.get(r.properties, "Protocols", [])
	some p in lib.as_list(ps)
	lib.is_unknown(p)
	msg := sprintf("%s: its protocols are known only after apply", [r.address])
}
