# METADATA
# title: iacvet helper library
# description: |
#   Helpers for iacvet policies: building findings, telling unknown and
#   sensitive values from known ones, and reading values that CloudFormation
#   and Terraform spell differently (true/"true", 22/"22").
package iacvet.lib

# finding builds a result for resource r, pointing at path (an array such as
# ["SecurityGroupIngress", 0, "CidrIp"] or a slash-separated string).
finding(r, msg, path) := {"$id": object.get(r, "$id", -1), "resource": r.address, "msg": msg, "path": path}

# finding_with adds the provenance of AWS data the verdict used.
finding_with(r, msg, path, provenance) := {"$id": object.get(r, "$id", -1), "resource": r.address, "msg": msg, "path": path, "provenance": provenance}

# is_unknown holds for values known only after apply.
is_unknown(x) if {
	is_object(x)
	x["$unknown"] == true
}

# is_sensitive holds for redacted values.
is_sensitive(x) if {
	is_object(x)
	x["$sensitive"] == true
}

# known holds for values that are neither unknown nor redacted.
known(x) := iacvet.known(x)

# is_true accepts true and "true" (any case).
is_true(x) := iacvet.is_true(x)

# is_false accepts false and "false" (any case).
is_false(x) if x == false

is_false(x) if {
	is_string(x)
	lower(x) == "false"
}

# not_true holds when x is known and not true; absent values are handled by
# the caller with object.get(obj, key, false).
not_true(x) if {
	known(x)
	not is_true(x)
}

# number reads 22 and "22".
number(x) := x if is_number(x)

number(x) := to_number(x) if {
	is_string(x)
	regex.match(`^-?[0-9]+(\.[0-9]+)?$`, x)
}

# get returns obj[key], or def when absent or null.
get(obj, key, def) := def if obj[key] == null

get(obj, key, def) := object.get(obj, key, def) if not obj[key] == null

# refers_to holds when value v is a reference to resource r.
refers_to(v, r) if {
	is_unknown(v)
	v["$ref"] == r.address
}

refers_to(v, r) if {
	is_unknown(v)
	startswith(v["$ref"], concat("", [r.address, "."]))
}

# open_cidrs are the whole IPv4 and IPv6 internet.
open_cidrs := {"0.0.0.0/0", "::/0"}

# open_cidr holds for the whole IPv4 or IPv6 internet: any range of prefix
# length 0 (see internet_cidr in net.rego).
open_cidr(c) if internet_cidr(c)

# protocol is a security group rule's IpProtocol as a lower-case string
# (CloudFormation allows numbers: -1, 6, 17).
protocol(rule) := lower(rule.IpProtocol) if is_string(rule.IpProtocol)

protocol(rule) := format_int(rule.IpProtocol, 10) if is_number(rule.IpProtocol)

# all_protocols holds for security group rules that cover every protocol.
all_protocols(rule) if protocol(rule) in {"-1", "all"}

# port_range is the [from, to] range of ports a security group rule
# (CloudFormation shape) lets through: every port for every protocol, the
# rule's range for TCP and UDP; undefined for other protocols.
port_range(rule) := [0, 65535] if all_protocols(rule)

port_range(rule) := range if {
	protocol(rule) in {"tcp", "6", "udp", "17"}
	range := ports(number(get(rule, "FromPort", -1)), number(get(rule, "ToPort", -1)))
}

ports(from, _) := [0, 65535] if from == -1

ports(from, to) := [from, to] if from != -1

# covers_port holds when a security group rule lets traffic to port through.
covers_port(rule, port) if {
	[from, to] := port_range(rule)
	from <= port
	port <= to
}

# cidr_keys are the source range properties of an ingress rule.
cidr_keys := ["CidrIp", "CidrIpv6"]

# open_ingress yields [index, rule, cidr key] for every ingress rule of a
# security group that is open to the internet.
open_ingress(r) := {[i, rule, key] |
	some i, rule in r.properties.SecurityGroupIngress
	some key in cidr_keys
	internet_cidr(rule[key])
}

# unknown_ingress yields [index, rule, key] for ingress rules whose source
# range is decided at apply.
unknown_ingress(r) := {[i, rule, key] |
	r.has_unknown
	some i, rule in r.properties.SecurityGroupIngress
	some key in cidr_keys
	is_unknown(rule[key])
}

# managed holds for resources that rules should judge: not partial views of
# a resource outside the change.
whole(r) if not r.partial

# at returns the value at path (an array of keys) in obj, or null when absent.
at(obj, path) := object.get(obj, path, null)

# unknown_at holds when the value at path, or any object on the way to it,
# is known only after apply.
unknown_at(obj, path) := iacvet.unknown_at(obj, path)

# missing holds when a whole resource has no value (or null or an empty
# string or list) at path and nothing on the way is unknown or redacted:
# "missing X" checks.
missing(r, path) := iacvet.missing(r, path)

empty(null) := true

empty("") := true

empty([]) := true

# any_of returns the first key of keys present in obj (CloudFormation and
# Terraform's JSON documents spell keys differently: Privileged/privileged).
any_of(obj, keys) := [v | some k in keys; v := object.get(obj, k, null); v != null][0]

# statements returns a policy document's statements as a list (a single
# statement object is allowed).
statements(doc) := doc.Statement if is_array(doc.Statement)

statements(doc) := [doc.Statement] if is_object(doc.Statement)

# as_list returns x as a list (IAM allows a single string or a list).
as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)
