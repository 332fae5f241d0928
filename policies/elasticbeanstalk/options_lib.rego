# METADATA
# title: iacvet Elastic Beanstalk option helpers
# description: |
#   Reads an environment's option settings (Namespace, OptionName, Value)
#   and tells when they may come from elsewhere: a saved configuration
#   (TemplateName) or settings known only after apply.
package iacvet.lib.elasticbeanstalk

import data.iacvet.lib

settings(r) := s if {
	s := r.properties.OptionSettings
	is_array(s)
} else := []

# values yields [index, value] for every setting of the option.
values(r, ns, name) := {[i, s.Value] |
	some i, s in settings(r)
	is_object(s)
	s.Namespace == ns
	s.OptionName == name
}

# elsewhere holds when options may be set outside the environment's own
# settings: a saved configuration, or settings not known before apply.
elsewhere(r) if not lib.empty(lib.get(r.properties, "TemplateName", ""))

elsewhere(r) if lib.is_unknown(r.properties.OptionSettings)

elsewhere(r) if {
	some s in settings(r)
	lib.is_unknown(s)
}

elsewhere(r) if {
	some s in settings(r)
	some k in ["Namespace", "OptionName"]
	lib.is_unknown(object.get(s, k, null))
}

# on holds when the option is set to value (case-insensitive).
on(r, ns, name, value) if {
	some [_, v] in values(r, ns, name)
	is_string(v)
	lower(v) == lower(value)
}

# undecided holds when a setting of the option is known only after apply.
undecided(r, ns, name) if {
	some [_, v] in values(r, ns, name)
	lib.is_unknown(v)
}

undecided(r, _, _) if elsewhere(r)

deny(ns, name, value, what) := {lib.finding(r, msg, path(r, ns, name)) |
	some r in input.resources
	lib.whole(r)
	not on(r, ns, name, value)
	not undecided(r, ns, name)
	msg := sprintf("%s %s (%s:%s is not %s)", [r.address, what, ns, name, value])
}

unknown(ns, name, value, what) := {lib.finding(r, msg, path(r, ns, name)) |
	some r in input.resources
	r.has_unknown
	not on(r, ns, name, value)
	undecided(r, ns, name)
	msg := sprintf("%s: whether it %s is known only after apply", [r.address, what])
}

path(r, ns, name) := ["OptionSettings", i, "Value"] if {
	some [i, _] in values(r, ns, name)
} else := ["OptionSettings"]
