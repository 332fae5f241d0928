package iacvet.rules.cost_test

import data.iacvet.rules.cost_increase
import data.iacvet.rules.cost_resource_ceiling
import data.iacvet.rules.cost_total_budget

report := {
	"currency": "USD",
	"has_before": true,
	"total_before": 100,
	"total_after": 250.5,
	"delta": 150.5,
	"resources": [
		{"address": "aws_instance.web", "type": "AWS::EC2::Instance", "before": 70.08, "after": 140.16, "delta": 70.08},
		{"address": "aws_db_instance.db", "type": "AWS::RDS::DBInstance", "after": 110.34, "delta": 110.34},
		{"address": "aws_nat_gateway.old", "type": "AWS::EC2::NatGateway", "before": 29.92, "delta": -29.92},
	],
	"provenance": [{"source": "snapshot", "what": "price snapshot", "snapshot_date": "2025-06-01"}],
}

test_total_over_budget if {
	fs := cost_total_budget.deny with input as {"cost": report, "config": {"cost": {"max_monthly_cost": 200}}}
	count(fs) == 1
	some f in fs
	f.resource == ""
	f.msg == "Estimated monthly cost $250.50 is over the budget of $200.00"
	f.provenance == [{"source": "snapshot", "what": "price snapshot", "snapshot_date": "2025-06-01", "age_seconds": 0}]
}

test_total_within_budget if {
	count(cost_total_budget.deny) == 0 with input as {"cost": report, "config": {"cost": {"max_monthly_cost": "300"}}}
	count(cost_total_budget.unknown) == 0 with input as {"cost": report, "config": {"cost": {"max_monthly_cost": "300"}}}
}

test_total_no_budget_configured if {
	count(cost_total_budget.deny) == 0 with input as {"cost": report, "config": {}}
	count(cost_total_budget.deny) == 0 with input as {"cost": report}
}

test_total_unknown_when_not_fully_priced if {
	partial := json.patch(report, [{"op": "add", "path": "/resources/-", "value": {"address": "aws_instance.later", "type": "AWS::EC2::Instance", "after": 0, "not_priced": ["instance hours: InstanceType known after apply"]}}])
	us := cost_total_budget.unknown with input as {"cost": partial, "config": {"cost": {"max_monthly_cost": 1000}}}
	count(us) == 1
	some u in us
	contains(u.msg, "aws_instance.later")
}

test_increase_over_limit if {
	fs := cost_increase.deny with input as {"cost": report, "config": {"cost": {"max_monthly_increase": 100}}}
	count(fs) == 1
	some f in fs
	f.msg == "The change increases the estimated monthly cost by $150.50 (from $100.00 to $250.50), more than the allowed $100.00"
	f.path == "delta"
}

test_increase_within_limit if {
	count(cost_increase.deny) == 0 with input as {"cost": report, "config": {"cost": {"max_monthly_increase": 150.5}}}
}

test_increase_ignores_templates if {
	template := json.patch(report, [{"op": "replace", "path": "/has_before", "value": false}])
	count(cost_increase.deny) == 0 with input as {"cost": template, "config": {"cost": {"max_monthly_increase": 0}}}
}

test_ceiling_by_type_and_address if {
	cfg := {"cost": {"resource_ceilings": {"AWS::EC2::Instance": 100, "AWS::RDS::DBInstance": 50, "aws_db_instance.db": "200"}}}
	fs := cost_resource_ceiling.deny with input as {"cost": report, "config": cfg}
	{f.resource | some f in fs} == {"aws_instance.web"}
	some f in fs
	f.msg == "aws_instance.web costs an estimated $140.16 per month, over its ceiling of $100.00"
}

test_ceiling_ignores_deleted if {
	cfg := {"cost": {"resource_ceilings": {"AWS::EC2::NatGateway": 1}}}
	count(cost_resource_ceiling.deny) == 0 with input as {"cost": report, "config": cfg}
}

test_ceiling_address_over if {
	cfg := {"cost": {"resource_ceilings": {"aws_db_instance.db": 100}}}
	fs := cost_resource_ceiling.deny with input as {"cost": report, "config": cfg}
	{f.resource | some f in fs} == {"aws_db_instance.db"}
}
