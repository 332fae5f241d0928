# METADATA
# title: Redshift cluster uses the default administrator username
# description: |
#   awsuser is the administrator name the Redshift console proposes and the first one password-guessing tools try against a cluster endpoint; a name of your own makes the administrator account one more thing an attacker has to find.
# custom:
#   id: AWS-RS-005
#   severity: low
#   resource_types: [AWS::Redshift::Cluster]
#   remediation: Set MasterUsername (master_username) to a name other than awsuser; it can only be changed by restoring to a new cluster.
#   terraform: |
#     resource "aws_redshift_cluster" "warehouse" {
#       # ...
#       master_username        = "warehouse_owner"
#       manage_master_password = true
#     }
#   cloudformation: |
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         # ...
#         MasterUsername: warehouse_owner
#         ManageMasterPassword: true
#   cis: []
#   fsbp: ["Redshift.8"]
package iacvet.rules.redshift_default_username

import data.iacvet.lib

path := ["MasterUsername"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	name := r.properties.MasterUsername
	is_string(name)
	lower(name) == "awsuser"
	msg := sprintf("%s uses the default administrator username %q", [r.address, name])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.MasterUsername)
	msg := sprintf("%s: its administrator username is known only after apply", [r.address])
}
