# METADATA
# title: DMS replication instance is publicly accessible
# description: |
#   A public replication instance gets a public IP address, so the databases it connects to are
#   reachable through it from outside the VPC. AWS makes a replication instance public unless
#   PubliclyAccessible is false (CloudFormation's default is true; Terraform leaves the choice to
#   AWS when publicly_accessible is not set).
# custom:
#   id: AWS-DMS-060
#   severity: high
#   resource_types: [AWS::DMS::ReplicationInstance]
#   remediation: Set PubliclyAccessible (publicly_accessible) to false and reach the instance from inside the VPC.
#   terraform: |
#     resource "aws_dms_replication_instance" "main" {
#       # ...
#       publicly_accessible = false
#     }
#   cloudformation: |
#     ReplicationInstance:
#       Type: AWS::DMS::ReplicationInstance
#       Properties:
#         ReplicationInstanceClass: dms.t3.medium
#         PubliclyAccessible: false
#   cis: []
#   fsbp: ["DMS.1"]
package iacvet.rules.dms_public

import data.iacvet.lib

deny contains lib.finding(r, msg, "PubliclyAccessible") if {
	some r in input.resources
	r.type == "AWS::DMS::ReplicationInstance"
	public(r)
	msg := sprintf("DMS replication instance %s is publicly accessible", [r.address])
}

public(r) if lib.is_true(r.properties.PubliclyAccessible)

public(r) if lib.missing(r, ["PubliclyAccessible"])

unknown contains lib.finding(r, msg, "PubliclyAccessible") if {
	some r in input.resources
	r.type == "AWS::DMS::ReplicationInstance"
	r.has_unknown
	lib.is_unknown(r.properties.PubliclyAccessible)
	msg := sprintf("DMS replication instance %s: whether it is publicly accessible is known only after apply", [r.address])
}
