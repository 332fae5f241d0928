# METADATA
# title: Estimated monthly cost is over budget
# description: |
#   The estimated monthly cost of the infrastructure after the change is
#   higher than the budget set with cost.max_monthly_cost (or
#   --max-monthly-cost). The estimate uses on-demand list prices; usage-based
#   components priced without a usage file are not included.
# custom:
#   id: AWS-COST-001
#   severity: medium
#   resource_types: []
#   remediation: Reduce instance sizes or counts, move storage to cheaper classes, or raise the budget if the increase is intended.
#   terraform: |
#     resource "aws_instance" "web" {
#       instance_type = "t4g.small" # instead of m5.2xlarge
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::EC2::Instance
#       Properties:
#         InstanceType: t4g.small
package iacvet.rules.cost_total_budget

import data.iacvet.lib
import data.iacvet.lib.cost

deny contains finding if {
	budget := cost.limit("max_monthly_cost")
	total := input.cost.total_after
	total > budget
	finding := {
		"resource": "",
		"msg": sprintf("Estimated monthly cost %s is over the budget of %s", [cost.money(total), cost.money(budget)]),
		"path": "total_after",
		"provenance": cost.provenance,
	}
}

unknown contains finding if {
	budget := cost.limit("max_monthly_cost")
	input.cost.total_after <= budget
	count(cost.unpriced) > 0
	finding := {
		"resource": "",
		"msg": sprintf("Estimated monthly cost %s is within the budget of %s, but %d resource(s) could not be fully priced before apply: %s", [cost.money(input.cost.total_after), cost.money(budget), count(cost.unpriced), concat(", ", cost.unpriced)]),
		"path": "total_after",
		"provenance": cost.provenance,
	}
}
