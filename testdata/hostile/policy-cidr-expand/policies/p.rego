# METADATA
# title: Hostile policy
# custom:
#   id: HOSTILE-002
#   severity: low
#   resource_types: [AWS::EC2::SecurityGroup]
package custom.hostile

import data.iacvet.lib

deny contains lib.finding(r, "hostile", "GroupName") if {
	some r in input.resources
	count(net.cidr_expand("0.0.0.0/0")) > 0
}
