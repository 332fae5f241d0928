# METADATA
# title: KMS key rotation is not enabled
# description: |
#   Symmetric customer managed KMS keys should rotate their key material yearly so that a compromised key protects less data.
# custom:
#   id: AWS-KMS-001
#   severity: medium
#   resource_types: [AWS::KMS::Key]
#   remediation: Enable automatic key rotation on symmetric customer managed keys.
#   terraform: |
#     resource "aws_kms_key" "main" {
#       enable_key_rotation = true
#     }
#   cloudformation: |
#     Key:
#       Type: AWS::KMS::Key
#       Properties:
#         EnableKeyRotation: true
#   cis: ["3.6"]
#   fsbp: ["KMS.4"]
package iacvet.rules.kms_rotation

import data.iacvet.lib

path := ["EnableKeyRotation"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	symmetric(r)
	lib.missing(r, path)
	msg := sprintf("%s does not rotate its key material", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	symmetric(r)
	v := lib.at(r.properties, path)
	lib.known(v)
	v != null
	not lib.is_true(v)
	msg := sprintf("%s does not rotate its key material", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	symmetric(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}

# Rotation applies to symmetric encryption keys only.
symmetric(r) if not r.properties.KeySpec

symmetric(r) if r.properties.KeySpec == "SYMMETRIC_DEFAULT"
