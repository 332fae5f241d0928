package iacvet.rules.vpc_nacl_admin_ports_test

import data.iacvet.rules.vpc_nacl_admin_ports

entry(addr, props) := {"address": addr, "type": "AWS::EC2::NetworkAclEntry", "properties": object.union({"NetworkAclId": {"$ref": "PublicAcl"}}, props)}

acl(addr, ingress) := {"address": addr, "type": "AWS::EC2::NetworkAcl", "properties": {"IngressEntries": ingress}}

test_fail_entry if {
	findings := vpc_nacl_admin_ports.deny with input as {"resources": [entry("Ssh", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}})]}
	count(findings) == 1
	some f in findings
	f.msg == "Ssh allows TCP 22 from the internet into the subnets of its network ACL"
}

test_fail_inline_all_traffic_one_finding if {
	findings := vpc_nacl_admin_ports.deny with input as {"resources": [acl("aws_network_acl.public", [
		{"RuleNumber": 100, "Protocol": "-1", "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 0, "To": 0}},
		{"RuleNumber": 101, "Protocol": "-1", "RuleAction": "allow", "Ipv6CidrBlock": "::/0", "PortRange": {"From": 0, "To": 0}},
	])]}
	count(findings) == 1
	some f in findings
	f.path == ["IngressEntries", 0]
	f.msg == "aws_network_acl.public allows TCP 22, TCP 3389 from the internet into the subnets of its network ACL"
}

test_fail_halves if {
	count(vpc_nacl_admin_ports.deny) == 2 with input as {"resources": [
		entry("Low", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/1", "PortRange": {"From": 3389, "To": 3389}}),
		entry("High", {"RuleNumber": 110, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "128.0.0.0/1", "PortRange": {"From": 3389, "To": 3389}}),
	]}
}

test_pass_denied_first if {
	count(vpc_nacl_admin_ports.deny) == 0 with input as {"resources": [
		entry("DenySsh", {"RuleNumber": 90, "Protocol": 6, "RuleAction": "deny", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}}),
		entry("DenyRdp", {"RuleNumber": 91, "Protocol": -1, "RuleAction": "deny", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 3389, "To": 3389}}),
		entry("AllowAll", {"RuleNumber": 100, "Protocol": -1, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}),
	]}
}

test_pass_egress_udp_and_narrow if {
	count(vpc_nacl_admin_ports.deny) == 0 with input as {"resources": [
		entry("Out", {"RuleNumber": 100, "Protocol": -1, "Egress": true, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}),
		entry("Udp", {"RuleNumber": 110, "Protocol": 17, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}}),
		entry("Office", {"RuleNumber": 120, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "203.0.113.0/24", "PortRange": {"From": 22, "To": 22}}),
		entry("Ephemeral", {"RuleNumber": 130, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 32768, "To": 65535}}),
	]}
}

# The classic return-traffic range 1024-65535 includes RDP.
test_fail_ephemeral_includes_rdp if {
	findings := vpc_nacl_admin_ports.deny with input as {"resources": [entry("Ephemeral", {"RuleNumber": 130, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 1024, "To": 65535}})]}
	some f in findings
	contains(f.msg, "allows TCP 3389 from")
}

# A deny later in the order does not stop an earlier allow.
test_fail_deny_after_allow if {
	count(vpc_nacl_admin_ports.deny) == 1 with input as {"resources": [
		entry("Allow", {"RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 0, "To": 65535}}),
		entry("Deny", {"RuleNumber": 200, "Protocol": 6, "RuleAction": "deny", "CidrBlock": "0.0.0.0/0", "PortRange": {"From": 22, "To": 22}}),
	]}
}
