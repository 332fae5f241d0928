# METADATA
# title: EBS volume is not encrypted
# description: Unencrypted EBS volumes and snapshots expose data at rest to anyone who obtains the volume or a snapshot of it.
# custom:
#   id: AWS-EBS-001
#   severity: high
#   resource_types: [AWS::EC2::Volume]
#   remediation: Enable encryption on the volume (or enable EBS encryption by default for the account and region).
#   terraform: |
#     resource "aws_ebs_volume" "data" {
#       availability_zone = "us-east-1a"
#       size              = 100
#       encrypted         = true
#     }
#   cloudformation: |
#     DataVolume:
#       Type: AWS::EC2::Volume
#       Properties:
#         AvailabilityZone: us-east-1a
#         Size: 100
#         Encrypted: true
#   cis: ["2.2.1"]
#   fsbp: ["EC2.3"]
package iacvet.rules.ebs_encryption

import data.iacvet.lib

deny contains lib.finding(r, msg, "Encrypted") if {
	some r in input.resources
	enc := lib.get(r.properties, "Encrypted", false)
	lib.known(enc)
	not lib.is_true(enc)
	msg := sprintf("EBS volume %s is not encrypted", [r.address])
}

unknown contains lib.finding(r, msg, "Encrypted") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.Encrypted)
	msg := sprintf("EBS volume %s: encryption is known only after apply", [r.address])
}
