# METADATA
# title: Hostile policy
# custom:
#   id: HOSTILE-004
#   severity: low
#   resource_types: [AWS::EC2::SecurityGroup]
package custom.hostile

import data.iacvet.lib

deny contains lib.finding(r, "hostile", "GroupName") if {
	some r in input.resources
	resp := http.send({"method": "GET", "url": "http://127.0.0.1:1/"})
	resp.status_code == 200
}
