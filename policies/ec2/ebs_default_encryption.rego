# METADATA
# title: EBS encryption by default is turned off
# description: |
#   With EBS encryption by default off, every new volume and snapshot copy in the Region is stored unencrypted unless its own code asks otherwise. The setting exists only as an account setting of the Region (Terraform's aws_ebs_encryption_by_default; CloudFormation has no resource for it), so the rule judges the setting where the code declares it.
# custom:
#   id: AWS-EBS-040
#   severity: medium
#   resource_types: [AWS::EC2::EBSEncryptionByDefault]
#   inputs: [terraform]
#   remediation: Turn EBS encryption by default on for every Region the account uses.
#   terraform: |
#     resource "aws_ebs_encryption_by_default" "this" {
#       enabled = true
#     }
#   cis: ["2.2.1"]
#   fsbp: ["EC2.7"]
package iacvet.rules.ebs_default_encryption

import data.iacvet.lib

path := ["EbsEncryptionByDefault"]

# An absent value is Terraform's default, enabled.
deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	lib.known(v)
	lib.is_false(v)
	msg := sprintf("%s turns EBS encryption by default off: new volumes in the Region are unencrypted unless they ask", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether EBS encryption by default is on is known only after apply", [r.address])
}
