package iacvet.lib

# Network ranges and ports: what a security group opens to the whole
# internet. A range is the internet when its prefix length is 0 (0.0.0.0/0,
# ::/0, 0::/0, with or without surrounding blanks), and so is a set of ranges
# that together cover an address family (0.0.0.0/1 and 128.0.0.0/1).
# Ports are ranges per protocol: "-1"/"all" is every protocol and port,
# "tcp"/6 and "udp"/17 carry FromPort..ToPort (-1 meaning every port).

# The [protocol, port] pairs that rules of their own watch: SSH
# (AWS-EC2-001), RDP (AWS-EC2-002) and database and cache ports (AWS-EC2-003).
# AWS-EC2-060 reports every other port, so one open port gives one finding.
ssh_ports := {["tcp", 22]}

rdp_ports := {["tcp", 3389], ["udp", 3389]}

database_ports := {[proto, port] |
	some port in {3306, 5432, 1433, 1521, 27017, 6379, 11211, 9200, 5439}
	some proto in ["tcp"]
} | {["udp", 11211]}

# cidr returns a range with blanks trimmed, undefined for anything that is
# not a valid range (unknown values, prefix list ids).
cidr(c) := s if {
	is_string(c)
	s := trim_space(c)
	net.cidr_is_valid(s)
}

# internet_cidr holds for a range of prefix length 0.
internet_cidr(c) if endswith(cidr(c), "/0")

# internet holds when the ranges of set (strings; others are ignored)
# together cover all IPv4 or all IPv6 addresses.
internet(set) if {
	some c in set
	internet_cidr(c)
}

# Ranges that only together cover an address family are merged, which is
# costly: only sets of two or more ranges, none of length 0, get there.
internet(set) if {
	not any_internet_cidr(set)
	valid := [s | some c in set; s := cidr(c)]
	count(valid) > 1
	some m in net.cidr_merge(valid)
	endswith(m, "/0")
}

any_internet_cidr(set) if {
	some c in set
	internet_cidr(c)
}

# net_protocol is a security group rule's protocol as "all", "tcp", "udp" or
# the rule's own spelling for other protocols (icmp, 58, ...).
net_protocol(rule) := "all" if protocol(rule) in {"-1", "all"}

net_protocol(rule) := "tcp" if protocol(rule) in {"tcp", "6"}

net_protocol(rule) := "udp" if protocol(rule) in {"udp", "17"}

net_protocol(rule) := p if {
	p := protocol(rule)
	not p in {"-1", "all", "tcp", "6", "udp", "17"}
}

# reaches holds when ingress rule lets proto ("tcp" or "udp") traffic to
# port through.
reaches(rule, _, _) if net_protocol(rule) == "all"

reaches(rule, proto, port) if {
	net_protocol(rule) == proto
	[from, to] := port_range(rule)
	from <= port
	port <= to
}

# all_ports_rule holds for rules that let every TCP port through: every
# protocol, or TCP 0-65535.
all_ports_rule(rule) if net_protocol(rule) == "all"

all_ports_rule(rule) if {
	net_protocol(rule) == "tcp"
	[from, to] := port_range(rule)
	from <= 0
	to >= 65535
}

# rule_sources are the known source ranges of an ingress rule.
rule_sources(rule) := {c | some key in cidr_keys; c := rule[key]; is_string(c)}

ingress(r) := object.get(r, ["properties", "SecurityGroupIngress"], [])

# sources_to are the known source ranges of security group r's ingress rules
# that reach proto/port.
sources_to(r, proto, port) := {c |
	some rule in ingress(r)
	reaches(rule, proto, port)
	some c in rule_sources(rule)
}

# internet_sources returns the sources of set that make it cover the
# internet: the ranges of length 0 when there are some, else all of them.
internet_sources(set) := s if {
	s := {c | some c in set; internet_cidr(c)}
	count(s) > 0
} else := {c | some c in set; cidr(c)}

# exposed holds when the sources of all of security group r's ingress rules
# together cover the internet: no port can be open to it otherwise, so the
# per-port work below is skipped for the other groups.
exposed(r) if internet({c | some rule in ingress(r); some c in rule_sources(rule)})

# open_all holds when security group r lets every port in from the whole
# internet (one rule, or several whose ranges together cover it).
open_all(r) if {
	exposed(r)
	internet(all_ports_sources(r))
}

all_ports_sources(r) := {c |
	some rule in ingress(r)
	all_ports_rule(rule)
	some c in rule_sources(rule)
}

# open_ports returns the [protocol, port] pairs of wanted that security
# group r opens to the whole internet.
open_ports(r, wanted) := {[proto, port] |
	exposed(r)
	some [proto, port] in wanted
	internet(sources_to(r, proto, port))
}

# culprit returns [index, key] of the ingress rule a finding about the pairs
# of open should point at: the first whose own range is the internet, else
# the first that contributes a range.
culprit(r, open) := sort(direct)[0] if {
	direct := [[i, key] |
		some i, rule in ingress(r)
		some [proto, port] in open
		reaches(rule, proto, port)
		some key in cidr_keys
		internet_cidr(rule[key])
	]
	count(direct) > 0
} else := sort([[i, key] |
	some i, rule in ingress(r)
	some [proto, port] in open
	reaches(rule, proto, port)
	some key in cidr_keys
	cidr(rule[key])
])[0]

# undecided_ports returns the pairs of wanted that group r does not open to
# the internet with known ranges but that a rule with a source known only
# after apply reaches.
undecided_ports(r, wanted) := {[proto, port] |
	some [proto, port] in wanted
	not internet(sources_to(r, proto, port))
	some rule in ingress(r)
	reaches(rule, proto, port)
	some key in cidr_keys
	is_unknown(rule[key])
}

# undecided_culprit returns [index, key] of the first rule with an unknown
# source that reaches a pair of pairs.
undecided_culprit(r, pairs) := sort([[i, key] |
	some i, rule in ingress(r)
	some [proto, port] in pairs
	reaches(rule, proto, port)
	some key in cidr_keys
	is_unknown(rule[key])
])[0]

# port_list describes [protocol, port] pairs: "TCP 22, TCP 3389, UDP 3389".
port_list(pairs) := concat(", ", [sprintf("%s %d", [upper(proto), port]) | some [proto, port] in sort(pairs)])

# open_ranges returns the [protocol, from, to] port ranges (TCP and UDP)
# that security group r opens to the whole internet, apart from the
# [protocol, port] pairs of allowed, adjacent ranges joined.
open_ranges(r, allowed) := {[proto, from, to] |
	exposed(r)
	some proto in ["tcp", "udp"]
	pieces := open_pieces(r, proto, allowed)
	some [from, _] in pieces
	not piece_ending(pieces, from - 1)
	to := min([e |
		some [_, e] in pieces
		e >= from
		not piece_starting(pieces, e + 1)
	])
}

piece_ending(pieces, e) if {
	some [_, e2] in pieces
	e2 == e
}

piece_starting(pieces, s) if {
	some [s2, _] in pieces
	s2 == s
}

# open_pieces cuts 0-65535 at every bound of the rules of proto (and of the
# allowed ports), so the sources are the same within each piece, and keeps
# the pieces whose sources cover the internet.
open_pieces(r, proto, allowed) := {[from, to] |
	cuts := sort(bounds(r, proto, allowed))
	some k, from in cuts
	k + 1 < count(cuts)
	to := cuts[k + 1] - 1
	not [proto, from] in allowed_at(allowed, from, to)
	internet(sources_to(r, proto, from))
}

# allowed_at are the pairs of allowed that are the single port piece
# from..to.
allowed_at(allowed, from, to) := {[p, port] | some [p, port] in allowed; port == from; to == from}

bounds(r, proto, allowed) := ({0, 65536} | {b |
	some rule in ingress(r)
	net_protocol(rule) == proto
	[from, to] := port_range(rule)
	some b in [from, to + 1]
}) | {b |
	some [p, port] in allowed
	p == proto
	some b in [port, port + 1]
}

# range_list describes [protocol, from, to] ranges: "TCP 22, UDP 0-65535".
range_list(ranges) := concat(", ", [range_text(x) | some x in sort(ranges)])

range_text([proto, from, to]) := sprintf("%s %d", [upper(proto), from]) if from == to

range_text([proto, from, to]) := sprintf("%s %d-%d", [upper(proto), from, to]) if from != to

# source_list describes ranges: "0.0.0.0/0, ::/0".
source_list(set) := concat(", ", sort([c | some s in set; c := trim_space(s)]))

# open_sources are the ranges that make the pairs of open reach the internet.
open_sources(r, open) := {c |
	some [proto, port] in open
	some c in internet_sources(sources_to(r, proto, port))
}

# undecided_all holds when group r would let every port in from the
# internet if a source known only after apply were the internet.
undecided_all(r) if {
	not open_all(r)
	some rule in ingress(r)
	all_ports_rule(rule)
	some key in cidr_keys
	is_unknown(rule[key])
}

# port_deny yields [index, key, message] for the one finding of a rule about
# the pairs of wanted that security group r opens to the internet; groups
# open on every port are left to the all-ports rule (AWS-EC2-004).
port_deny(r, wanted, what) := [i, key, msg] if {
	not open_all(r)
	open := open_ports(r, wanted)
	count(open) > 0
	[i, key] := culprit(r, open)
	msg := sprintf("security group %s allows %s from the internet (%s) to %s", [r.address, what, source_list(open_sources(r, open)), port_list(open)])
}

# port_unknown is port_deny for sources known only after apply.
port_unknown(r, wanted, what) := [i, key, msg] if {
	r.has_unknown
	not open_all(r)
	not undecided_all(r)
	count(open_ports(r, wanted)) == 0
	pairs := undecided_ports(r, wanted)
	count(pairs) > 0
	[i, key] := undecided_culprit(r, pairs)
	msg := sprintf("security group %s: whether it allows %s from the internet to %s is known only after apply (the source range)", [r.address, what, port_list(pairs)])
}

# --- public subnets --------------------------------------------------------
# A subnet is public when it is associated with a route table that routes the
# internet (a range of prefix length 0) to an internet gateway of the input
# (or a literal igw- id). Rules that use these must list
# AWS::EC2::Subnet, AWS::EC2::SubnetRouteTableAssociation,
# AWS::EC2::RouteTable, AWS::EC2::Route and AWS::EC2::InternetGateway in
# their resource_types. Subnets that rely on the VPC's main route table are
# not known to be public.

# ref_keys are the keys a value may name a resource by: a literal id, or
# the address a reference points at (with and without its attribute:
# aws_subnet.a.id, PublicSubnet).
ref_keys(v) := {v} if is_string(v)

ref_keys(v) := {ref, trimmed} if {
	ref := v["$ref"]
	is_string(ref)
	parts := split(ref, ".")
	trimmed := concat(".", array.slice(parts, 0, count(parts) - 1))
	trimmed in addresses
} else := {ref} if {
	ref := v["$ref"]
	is_string(ref)
}

addresses := {r.address | some r in input.resources}

internet_gateways := {r.address | some r in input.resources; r.type == "AWS::EC2::InternetGateway"}

to_internet_gateway(v) if {
	is_string(v)
	startswith(v, "igw-")
}

to_internet_gateway(v) if {
	count(internet_gateways) > 0
	some k in ref_keys(v)
	k in internet_gateways
}

# internet_route holds for a route of the internet to an internet gateway.
internet_route(route) if {
	some k in ["DestinationCidrBlock", "DestinationIpv6CidrBlock"]
	internet_cidr(route[k])
	to_internet_gateway(route.GatewayId)
}

# public_route_tables are the keys of the route tables with such a route,
# with the gateway that makes them public.
public_route_tables contains [k, gw] if {
	some r in input.resources
	r.type == "AWS::EC2::Route"
	internet_route(r.properties)
	some k in ref_keys(r.properties.RouteTableId)
	gw := gateway_name(r.properties.GatewayId)
}

public_route_tables contains [r.address, gw] if {
	some r in input.resources
	r.type == "AWS::EC2::RouteTable"
	some route in r.properties.Routes
	internet_route(route)
	gw := gateway_name(route.GatewayId)
}

gateway_name(v) := v if is_string(v)

gateway_name(v) := trimmed if {
	ref := v["$ref"]
	is_string(ref)
	parts := split(ref, ".")
	trimmed := concat(".", array.slice(parts, 0, count(parts) - 1))
	trimmed in internet_gateways
} else := v["$ref"] if is_string(v["$ref"])

public_table_keys := {k | some [k, _] in public_route_tables}

# public_subnets holds [key, gateway] for the keys of public subnets and the
# internet gateway their route table sends the internet to (a set, not an
# object: several inputs may use the same names).
public_subnets contains [k, gw] if {
	some r in input.resources
	r.type == "AWS::EC2::SubnetRouteTableAssociation"
	some t in ref_keys(r.properties.RouteTableId)
	some [t2, gw] in public_route_tables
	t2 == t
	some k in ref_keys(r.properties.SubnetId)
}

public_subnet_keys := {k | some [k, _] in public_subnets}

# subnet_gateway returns the internet gateway of the public subnet v names.
subnet_gateway(v) := min({gw | some k in ref_keys(v); some [k2, gw] in public_subnets; k2 == k})

# public_subnet returns the name of a public subnet that value v names.
public_subnet(v) := name if {
	count(public_subnets) > 0
	some k in ref_keys(v)
	k in public_subnet_keys
	name := subnet_name(v)
}

subnet_name(v) := v if is_string(v)

subnet_name(v) := trimmed if {
	ref := v["$ref"]
	is_string(ref)
	parts := split(ref, ".")
	trimmed := concat(".", array.slice(parts, 0, count(parts) - 1))
	trimmed in addresses
} else := v["$ref"] if is_string(v["$ref"])
