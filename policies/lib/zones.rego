# METADATA
# title: iacvet availability zone helpers
# description: |
#   The availability zones a resource is placed in, from its zone names and
#   subnets: a subnet of the input with a known zone counts as that zone,
#   another subnet as a zone of its own (it may be in any zone).
package iacvet.lib.zones

import data.iacvet.lib

# keys are the zones (az:NAME) or unplaced subnets (subnet:ID) of the
# values in list.
keys(list) := {k | some v in lib.as_list(list); some k in key(v)}

key(v) := {concat("", ["az:", v])} if {
	is_string(v)
	regex.match(`^[a-z]{2}(-gov)?-[a-z]+-[0-9][a-z]$`, v)
} else := {concat("", ["az:", z]) | some z in ref_zones(v)} if {
	count(ref_zones(v)) > 0
} else := {concat("", ["subnet:", v])} if {
	is_string(v)
} else := {concat("", ["subnet:", v["$ref"]])} if {
	lib.is_unknown(v)
	is_string(v["$ref"])
	v["$ref"] != ""
}

ref_zones(v) := {z |
	lib.is_unknown(v)
	some s in input.resources
	s.type == "AWS::EC2::Subnet"
	s.address == v["$ref"]
	z := s.properties.AvailabilityZone
	is_string(z)
}

# undecided holds when a value of list (or the list) is known only after
# apply and cannot be traced to a resource.
undecided(list) if lib.is_unknown(list)

undecided(list) if {
	some v in lib.as_list(list)
	lib.is_unknown(v)
	not is_string(v["$ref"])
}

undecided(list) if {
	some v in lib.as_list(list)
	lib.is_unknown(v)
	v["$ref"] == ""
}
