# METADATA
# title: iacvet reference target helpers
# description: |
#   For resources that attach to another one by reference (a logging
#   configuration to its web ACL or firewall): the addresses they refer to,
#   and whether some reference is known only after apply and cannot be traced.
package iacvet.lib.targets

import data.iacvet.lib

# addresses are the resource addresses that resources of type typ refer to
# in property prop: the reference's address, or (hand-written inputs) the
# address with an attribute.
addresses(typ, prop) := {a |
	some r in input.resources
	r.type == typ
	some a in ref_addresses(object.get(r.properties, prop, null))
}

ref_addresses(v) := {ref, trimmed} if {
	lib.is_unknown(v)
	ref := v["$ref"]
	is_string(ref)
	ref != ""
	parts := split(ref, ".")
	trimmed := concat(".", array.slice(parts, 0, count(parts) - 1))
}

# undecided holds when a reference of some resource of type typ is known
# only after apply and not traceable to a resource: it may be any.
undecided(typ, prop) if {
	some r in input.resources
	r.type == typ
	v := object.get(r.properties, prop, null)
	lib.is_unknown(v)
	not traced(v)
}

traced(v) if {
	is_string(v["$ref"])
	v["$ref"] != ""
}
