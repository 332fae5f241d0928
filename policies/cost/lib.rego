# METADATA
# title: iacvet cost helpers
# description: |
#   Helpers for the budget rules: reading limits from input.config.cost and
#   turning the cost report's provenance into finding provenance.
package iacvet.lib.cost

import data.iacvet.lib

# limit is a configured money limit (number or numeric string) under
# input.config.cost.
limit(name) := lib.number(input.config.cost[name])

# provenance of the prices behind the estimate, in the finding shape.
provenance := [p |
	some q in object.get(input.cost, "provenance", [])
	p := {
		"source": q.source,
		"what": object.get(q, "what", ""),
		"snapshot_date": object.get(q, "snapshot_date", ""),
		"age_seconds": object.get(q, "age", 0) / 1000000000,
	}
]

# unpriced lists the resources with components that could not be priced.
unpriced := [rc.address |
	some rc in input.cost.resources
	count(object.get(rc, "not_priced", [])) > 0
]

# money formats USD with two decimals (sprintf's %f does not take Rego
# integers, so the cents are split off by hand).
money(x) := sprintf("%s$%d.%02d", [sign(x), floor(cents(x) / 100), cents(x) % 100])

cents(x) := round(abs(x) * 100)

sign(x) := "-" if x < 0

sign(x) := "" if x >= 0
