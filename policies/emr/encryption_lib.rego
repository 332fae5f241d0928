# METADATA
# title: iacvet EMR security configuration helpers
# description: |
#   Reads the encryption switches of an EMR security configuration, a JSON
#   document that CloudFormation templates may also write as an object.
package iacvet.lib.emr

import data.iacvet.lib

document(x) := x if {
	is_object(x)
	not lib.is_unknown(x)
}

document(x) := d if {
	is_string(x)
	json.is_valid(x)
	d := json.unmarshal(x)
	is_object(d)
}

encryption(r) := e if {
	e := document(r.properties.SecurityConfiguration).EncryptionConfiguration
	is_object(e)
} else := {}

# enabled holds when the switch key of the encryption configuration is on.
enabled(r, key) if lib.is_true(object.get(encryption(r), key, false))

# undecided holds when the document or the switch is known only after apply.
undecided(r, _) if lib.is_unknown(r.properties.SecurityConfiguration)

undecided(r, _) if lib.is_unknown(document(r.properties.SecurityConfiguration).EncryptionConfiguration)

undecided(r, key) if lib.is_unknown(object.get(encryption(r), key, false))

deny(key, what) := {lib.finding(r, msg, "SecurityConfiguration") |
	some r in input.resources
	lib.whole(r)
	not enabled(r, key)
	not undecided(r, key)
	msg := sprintf("EMR security configuration %s does not encrypt data %s (%s is not true)", [r.address, what, key])
}

unknown(key, what) := {lib.finding(r, msg, "SecurityConfiguration") |
	some r in input.resources
	r.has_unknown
	undecided(r, key)
	msg := sprintf("EMR security configuration %s: whether it encrypts data %s is known only after apply", [r.address, what])
}
