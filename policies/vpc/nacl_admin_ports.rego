# METADATA
# title: Network ACL allows SSH or RDP from the internet
# description: |
#   An inbound network ACL entry allows TCP 22 (SSH) or 3389 (RDP) from 0.0.0.0/0 or ::/0 (or
#   entries whose ranges together cover the internet), and no deny entry with a lower rule number
#   in the same ACL stops that traffic first. The subnets of the ACL are then reachable for remote
#   administration from anywhere, with only security groups left in the way. Entries come from
#   AWS::EC2::NetworkAclEntry (aws_network_acl_rule) and from the ingress blocks of
#   aws_network_acl and aws_default_network_acl.
# custom:
#   id: AWS-VPC-060
#   severity: medium
#   resource_types: [AWS::EC2::NetworkAclEntry, AWS::EC2::NetworkAcl]
#   remediation: Allow SSH and RDP in the network ACL only from the address ranges that administer the hosts, or add a deny entry for them with a lower rule number.
#   terraform: |
#     resource "aws_network_acl_rule" "ssh" {
#       network_acl_id = aws_network_acl.public.id
#       rule_number    = 100
#       egress         = false
#       protocol       = "tcp"
#       rule_action    = "allow"
#       cidr_block     = "203.0.113.0/24"
#       from_port      = 22
#       to_port        = 22
#     }
#   cloudformation: |
#     SshEntry:
#       Type: AWS::EC2::NetworkAclEntry
#       Properties:
#         NetworkAclId: !Ref PublicAcl
#         RuleNumber: 100
#         Protocol: 6
#         RuleAction: allow
#         CidrBlock: 203.0.113.0/24
#         PortRange: {From: 22, To: 22}
#   cis: ["5.1"]
#   fsbp: ["EC2.21"]
package iacvet.rules.vpc_nacl_admin_ports

import data.iacvet.lib

admin := {["tcp", 22], ["tcp", 3389]}

cidr_fields := ["CidrBlock", "Ipv6CidrBlock"]

# entries are the inbound entries: [owner index, path, ACL key, entry].
entries contains [k, [], acl_key(r.properties.NetworkAclId), r.properties] if {
	some k, r in input.resources
	r.type == "AWS::EC2::NetworkAclEntry"
	lib.is_false(object.get(r.properties, "Egress", false))
}

entries contains [k, ["IngressEntries", i], r.address, e] if {
	some k, r in input.resources
	r.type == "AWS::EC2::NetworkAcl"
	some i, e in object.get(r.properties, "IngressEntries", [])
}

# acl_key names an ACL: the address a reference points at (without an
# attribute such as .id), or a literal id.
acl_key(v) := trim_suffix(v["$ref"], ".id") if is_string(v["$ref"])

acl_key(v) := v if is_string(v)

action(e) := lower(e.RuleAction)

number(e) := lib.number(e.RuleNumber)

proto(e) := lib.net_protocol({"IpProtocol": e.Protocol})

ports(e) := [0, 65535] if proto(e) == "all"

ports(e) := [from, to] if {
	proto(e) in {"tcp", "udp"}
	from := lib.number(e.PortRange.From)
	to := lib.number(e.PortRange.To)
}

ports(e) := [0, 65535] if {
	proto(e) in {"tcp", "udp"}
	not e.PortRange
}

reaches(e, p, port) if {
	proto(e) in {"all", p}
	[from, to] := ports(e)
	from <= port
	port <= to
}

sources(e) := {c | some f in cidr_fields; c := lib.cidr(e[f])}

# shadowed holds when a deny entry of the same ACL with a lower number
# covers the allow entry's range for the port.
shadowed(acl, e, p, port) if {
	some [_, _, acl2, d] in entries
	acl2 == acl
	action(d) == "deny"
	number(d) < number(e)
	reaches(d, p, port)
	some dc in sources(d)
	some ec in sources(e)
	net.cidr_contains(dc, ec)
}

# allowed are [entry, pair] for allow entries that let a pair through.
allowed contains [x, [p, port]] if {
	some x in entries
	[_, _, acl, e] := x
	action(e) == "allow"
	some [p, port] in admin
	reaches(e, p, port)
	not shadowed(acl, e, p, port)
}

# open are [ACL key, pair] pairs the ACL lets in from the whole internet.
open contains [acl, pair] if {
	some [[_, _, acl, _], pair] in allowed
	internet({c | some [[_, _, acl2, e], pair2] in allowed; acl2 == acl; pair2 == pair; some c in sources(e)})
}

internet(set) if lib.internet(set)

# findings: one per resource, on its first entry that opens a port.
culprits contains [k, path, pair] if {
	some [[k, path, acl, _], pair] in allowed
	[acl, pair] in open
}

deny contains lib.finding(r, msg, path) if {
	some k in {k | some [k, _, _] in culprits}
	r := input.resources[k]
	path := sort([path | some [k2, path, _] in culprits; k2 == k])[0]
	pairs := {pair | some [k2, _, pair] in culprits; k2 == k}
	msg := sprintf("%s allows %s from the internet into the subnets of its network ACL", [r.address, lib.port_list(pairs)])
}
