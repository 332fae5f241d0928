# METADATA
# title: Instance block device is not encrypted
# description: Root and data volumes attached at launch are stored unencrypted unless encryption is set on the block device mapping (or by the account default).
# custom:
#   id: AWS-EC2-006
#   severity: medium
#   resource_types: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   remediation: Set encrypted = true on every root and EBS block device.
#   terraform: |
#     root_block_device {
#       encrypted = true
#     }
#   cloudformation: |
#     BlockDeviceMappings:
#       - DeviceName: /dev/xvda
#         Ebs:
#           Encrypted: true
#   cis: []
#   fsbp: ["EC2.3", "EC2.181"]
package iacvet.rules.ec2_block_device_encryption

import data.iacvet.lib

mappings(r) := [[["BlockDeviceMappings", i], m] |
	some i, m in as_array(lib.get(r.properties, "BlockDeviceMappings", []))
] if r.type != "AWS::EC2::LaunchTemplate"

mappings(r) := [[["LaunchTemplateData", "BlockDeviceMappings", i], m] |
	some i, m in as_array(lib.get(lib.get(r.properties, "LaunchTemplateData", {}), "BlockDeviceMappings", []))
] if r.type == "AWS::EC2::LaunchTemplate"

as_array(x) := x if is_array(x)

as_array(x) := [] if not is_array(x)

deny contains lib.finding(r, msg, array.concat(prefix, ["Ebs", "Encrypted"])) if {
	some r in input.resources
	some [prefix, m] in mappings(r)
	ebs := lib.get(m, "Ebs", null)
	is_object(ebs)
	enc := lib.get(ebs, "Encrypted", false)
	lib.known(enc)
	not lib.is_true(enc)
	msg := sprintf("%s has an unencrypted block device (%v)", [r.address, lib.get(m, "DeviceName", "root")])
}
