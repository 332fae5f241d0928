# METADATA
# title: Hostile policy
# custom:
#   id: HOSTILE-005
#   severity: low
#   resource_types: [AWS::EC2::SecurityGroup]
package custom.hostile

import data.iacvet.lib

deny contains lib.finding(r, "hostile", "GroupName") if {
	some r in input.resources
	opa.runtime().env.AWS_SECRET_ACCESS_KEY != ""
}
