# METADATA
# title: Hostile policy
# custom:
#   id: HOSTILE-003
#   severity: low
#   resource_types: [AWS::EC2::SecurityGroup]
package custom.hostile

import data.iacvet.lib

deny contains lib.finding(r, "hostile", "GroupName") if {
	some r in input.resources
	xs := [x | some a in numbers.range(1, 20000); some b in numbers.range(1, 20000); x := a * b]
	count(xs) > 0
}
