# METADATA
# title: Change increases the monthly cost more than allowed
# description: |
#   The planned change raises the estimated monthly cost by more than
#   cost.max_monthly_increase (or --max-monthly-increase). Only Terraform plans
#   have a before side; sources and templates are not judged by this rule.
# custom:
#   id: AWS-COST-002
#   severity: medium
#   resource_types: []
#   remediation: Review the resources whose cost rises most in the cost report, or raise the limit if the increase is intended.
#   terraform: |
#     resource "aws_instance" "web" {
#       instance_type = "m7g.large" # a smaller or Graviton type
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::EC2::Instance
#       Properties:
#         InstanceType: m7g.large
package iacvet.rules.cost_increase

import data.iacvet.lib.cost

deny contains finding if {
	input.cost.has_before == true
	allowed := cost.limit("max_monthly_increase")
	delta := input.cost.delta
	delta > allowed
	finding := {
		"resource": "",
		"msg": sprintf("The change increases the estimated monthly cost by %s (from %s to %s), more than the allowed %s", [cost.money(delta), cost.money(input.cost.total_before), cost.money(input.cost.total_after), cost.money(allowed)]),
		"path": "delta",
		"provenance": cost.provenance,
	}
}
