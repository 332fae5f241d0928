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
#   cis: []
#   fsbp: ["EC2.3"]
package iacvet.rules.ebs_encryption

import data.iacvet.lib

deny contains lib.finding(r, msg, "Encrypted") if {
	some r in input.resources
	enc := lib.get(r.properties, "Encrypted", false)
	lib.known(enc)
	not lib.is_true(enc)
	judged(r)
	msg := sprintf("EBS volume %s is not encrypted", [r.address])
}

# judged holds for volumes whose encryption the input decides: a whole
# resource (an absent Encrypted defaults to false), or a partial view of a
# volume outside the change that sets Encrypted itself; a partial view without
# it says nothing about the volume's encryption.
judged(r) if lib.whole(r)

judged(r) if lib.get(r.properties, "Encrypted", null) != null

unknown contains lib.finding(r, msg, "Encrypted") if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.Encrypted)
	msg := sprintf("EBS volume %s: encryption is known only after apply", [r.address])
}
