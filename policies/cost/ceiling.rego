# METADATA
# title: Resource costs more per month than its ceiling
# description: |
#   A resource's estimated monthly cost after the change is over the ceiling
#   configured for its address or, failing that, its type in
#   cost.resource_ceilings (for example {"AWS::EC2::Instance": 200,
#   "aws_db_instance.main": 500}).
# custom:
#   id: AWS-COST-003
#   severity: medium
#   resource_types: []
#   remediation: Choose a smaller or cheaper configuration for the resource, or raise its ceiling.
#   terraform: |
#     resource "aws_db_instance" "main" {
#       instance_class = "db.t4g.medium"
#       multi_az       = false
#     }
#   cloudformation: |
#     Main:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         DBInstanceClass: db.t4g.medium
#         MultiAZ: false
package iacvet.rules.cost_resource_ceiling

import data.iacvet.lib
import data.iacvet.lib.cost

ceilings := object.get(object.get(input, ["config", "cost"], {}), "resource_ceilings", {})

ceiling(rc) := lib.number(ceilings[rc.address])

ceiling(rc) := lib.number(ceilings[rc.type]) if not ceilings[rc.address]

deny contains finding if {
	some rc in input.cost.resources
	after := rc.after
	is_number(after)
	limit := ceiling(rc)
	after > limit
	finding := {
		"resource": rc.address,
		"msg": sprintf("%s costs an estimated %s per month, over its ceiling of %s", [rc.address, cost.money(after), cost.money(limit)]),
		"path": "",
		"provenance": cost.provenance,
	}
}
