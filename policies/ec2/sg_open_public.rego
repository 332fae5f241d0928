# METADATA
# title: Security group opens a non-web port to the internet on an internet-facing resource
# description: |
#   The security group lets traffic in from 0.0.0.0/0 or ::/0 to a port other than the web ports
#   (TCP 80 and 443) and is attached to something the internet can reach: an instance with a public
#   IP address (its own, or one its subnet assigns on launch), the instances an Auto Scaling group
#   launches with public IP addresses (from its launch template or launch configuration, or from its
#   subnets when those do not say), or an internet-facing load balancer. The open port (SSH, a
#   database, an admin console, any UDP service, or every port) is then reachable by anyone. Rules
#   that open only TCP 80 and/or 443 are the intended design of a public web service and are not
#   reported; neither are ICMP-only rules.
# custom:
#   id: AWS-EC2-007
#   severity: high
#   resource_types: [AWS::EC2::SecurityGroup, AWS::EC2::Instance, AWS::EC2::Subnet, AWS::ElasticLoadBalancingV2::LoadBalancer, AWS::ElasticLoadBalancing::LoadBalancer, AWS::AutoScaling::AutoScalingGroup, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   remediation: |
#     Open only TCP 80 and 443 to the internet. Allow other ports only from the address ranges that
#     need them (an office or VPN range, another security group), or keep the resource private: no
#     public IP address (on the instance, or in the launch template or launch configuration of an
#     Auto Scaling group), private subnets, an internal load balancer, and administrative access
#     through a VPN, a bastion or AWS Systems Manager Session Manager.
#   terraform: |
#     resource "aws_security_group" "web" {
#       vpc_id = aws_vpc.main.id
#       ingress {
#         from_port   = 443
#         to_port     = 443
#         protocol    = "tcp"
#         cidr_blocks = ["0.0.0.0/0"]
#       }
#       ingress {
#         from_port   = 22
#         to_port     = 22
#         protocol    = "tcp"
#         cidr_blocks = ["10.0.0.0/8"]
#       }
#     }
#
#     resource "aws_instance" "web" {
#       # ...
#       subnet_id                   = aws_subnet.public.id
#       associate_public_ip_address = true
#       vpc_security_group_ids      = [aws_security_group.web.id]
#     }
#   cloudformation: |
#     WebSecurityGroup:
#       Type: AWS::EC2::SecurityGroup
#       Properties:
#         GroupDescription: web
#         VpcId: !Ref Vpc
#         SecurityGroupIngress:
#           - IpProtocol: tcp
#             FromPort: 443
#             ToPort: 443
#             CidrIp: 0.0.0.0/0
#           - IpProtocol: tcp
#             FromPort: 22
#             ToPort: 22
#             CidrIp: 10.0.0.0/8
#     Web:
#       Type: AWS::EC2::Instance
#       Properties:
#         # ...
#         NetworkInterfaces:
#           - DeviceIndex: "0"
#             SubnetId: !Ref PublicSubnet
#             AssociatePublicIpAddress: true
#             GroupSet: [!Ref WebSecurityGroup]
#   cis: []
#   fsbp: ["EC2.18"]
package iacvet.rules.ec2_sg_open_public

import data.iacvet.lib

# The rule joins security groups to what they are attached to through
# indexes built once (sets and objects keyed by address), never by pairing
# every group with every instance; every step is skipped when the index it
# needs is empty.

lb_types := {"AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"}

# instances are the instances that may be reachable: those with a public IP
# setting, network interfaces or a subnet of the input (a reference).
instances := [r | some r in input.resources; r.type == "AWS::EC2::Instance"; candidate(r.properties)]

candidate(p) if p.AssociatePublicIpAddress != null

candidate(p) if p.NetworkInterfaces

candidate(p) if p.SubnetId["$ref"]

load_balancers := [r | some r in input.resources; r.type in lb_types]

groups := [r | some r in input.resources; r.type == "AWS::EC2::SecurityGroup"]

# --- references ------------------------------------------------------------

# keys are the index keys of a reference to a group: the address it names
# ("aws_security_group.web", "WebSecurityGroup"; references written with an
# attribute, "aws_security_group.web.id", are cut to the address too); a
# literal group name is keyed "name:NAME".
keys(v) := {ref} if {
	ref := v["$ref"]
	is_string(ref)
	not attribute_ref(ref)
}

keys(v) := {ref, without_attribute(ref)} if {
	ref := v["$ref"]
	attribute_ref(ref)
}

keys(v) := {concat("", ["name:", v])} if is_string(v)

attribute_suffixes := [".id", ".name", ".arn", ".group_id"]

attribute_ref(ref) if {
	is_string(ref)
	some suffix in attribute_suffixes
	endswith(ref, suffix)
}

without_attribute(ref) := trim_suffix(ref, suffix) if {
	some suffix in attribute_suffixes
	endswith(ref, suffix)
}

# find returns the address in set that reference v names.
find(v, set) := ref if {
	ref := v["$ref"]
	ref in set
} else := a if {
	a := without_attribute(v["$ref"])
	a in set
}

items(x) := x if is_array(x)

items(x) := [x] if lib.is_unknown(x)

group_refs(p) := {v | some k in ["SecurityGroupIds", "SecurityGroups"]; some v in items(p[k])} | {v |
	some ni in p.NetworkInterfaces
	some v in items(ni.GroupSet)
}

# --- subnets ---------------------------------------------------------------

subnets := [r | some r in input.resources; r.type == "AWS::EC2::Subnet"]

public_subnets contains r.address if {
	some r in subnets
	lib.is_true(r.properties.MapPublicIpOnLaunch)
}

undecided_subnets contains r.address if {
	some r in subnets
	lib.is_unknown(r.properties.MapPublicIpOnLaunch)
}

subnet_in(p, set) := find(p.SubnetId, set)

subnet_in(p, set) := s if {
	not p.SubnetId
	some ni in p.NetworkInterfaces
	s := find(ni.SubnetId, set)
}

# --- instances -------------------------------------------------------------

# An instance's AssociatePublicIpAddress is set at the top level (Terraform)
# or per network interface (CloudFormation); set, it overrides the subnet's
# MapPublicIpOnLaunch.
explicit(p) if p.AssociatePublicIpAddress != null

explicit(p) if {
	some ni in p.NetworkInterfaces
	ni.AssociatePublicIpAddress != null
}

# reach holds [index of the instance, why it is reachable]; why is "?" when
# that is known only after apply.
reach contains [i, "a public IP address"] if {
	some i, r in instances
	lib.is_true(r.properties.AssociatePublicIpAddress)
}

reach contains [i, "a public IP address"] if {
	some i, r in instances
	some ni in r.properties.NetworkInterfaces
	lib.is_true(ni.AssociatePublicIpAddress)
}

reach contains [i, how] if {
	some i, r in instances
	count(public_subnets) > 0
	s := subnet_in(r.properties, public_subnets)
	not explicit(r.properties)
	how := sprintf("a public IP address from subnet %s", [s])
}

reach contains [i, "?"] if {
	some i, r in instances
	lib.is_unknown(r.properties.AssociatePublicIpAddress)
}

reach contains [i, "?"] if {
	some i, r in instances
	some ni in r.properties.NetworkInterfaces
	lib.is_unknown(ni.AssociatePublicIpAddress)
}

reach contains [i, "?"] if {
	some i, r in instances
	count(undecided_subnets) > 0
	subnet_in(r.properties, undecided_subnets)
	not explicit(r.properties)
}

# --- auto scaling groups ---------------------------------------------------

# An auto scaling group launches its instances from a launch template (its
# own, or its mixed instances policy's) or a launch configuration, which set
# their public IP address and security groups; the group's subnets
# (VPCZoneIdentifier) assign one when the launcher does not say.
launcher_types := {"AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"}

launchers := [r | some r in input.resources; r.type in launcher_types]

asgs := [r | some r in input.resources; r.type == "AWS::AutoScaling::AutoScalingGroup"]

launcher_kinds := {"AWS::EC2::LaunchTemplate": "launch template", "AWS::AutoScaling::LaunchConfiguration": "launch configuration"}

# launcher_pairs holds [key, index of the launcher]: its address, and
# "name:NAME" for a literal name.
launcher_pairs contains [r.address, i] if some i, r in launchers

launcher_pairs contains [concat("", ["name:", n]), i] if {
	some i, r in launchers
	some k in ["LaunchTemplateName", "LaunchConfigurationName"]
	n := r.properties[k]
	is_string(n)
}

launcher_keys := {k | some [k, _] in launcher_pairs}

# launcher_at maps a key to the indexes of the launchers it names (indexed
# like attached below).
launcher_at := {k: is |
	some k in launcher_keys
	is := [i | launcher_pairs[[k2, i]]; k2 == k]
}

launcher_paths := [
	["LaunchTemplate", "LaunchTemplateId"],
	["LaunchTemplate", "LaunchTemplateName"],
	["MixedInstancesPolicy", "LaunchTemplate", "LaunchTemplateSpecification", "LaunchTemplateId"],
	["MixedInstancesPolicy", "LaunchTemplate", "LaunchTemplateSpecification", "LaunchTemplateName"],
	["LaunchConfigurationName"],
]

# uses holds [index of the group, index of a launcher it uses].
uses contains [j, i] if {
	count(launchers) > 0
	some j, g in asgs
	some path in launcher_paths
	v := object.get(g.properties, path, null)
	v != null
	some k in keys(v)
	some i in launcher_at[k]
}

# ip_settings are a launcher's public IP address settings: its launch
# template's network interfaces' or its launch configuration's ("" and null
# are unset); set, they override the subnets' MapPublicIpOnLaunch.
ip_settings(r) := {v |
	some ni in r.properties.LaunchTemplateData.NetworkInterfaces
	v := ni.AssociatePublicIpAddress
	ip_set(v)
} if {
	r.type == "AWS::EC2::LaunchTemplate"
} else := {v |
	v := r.properties.AssociatePublicIpAddress
	ip_set(v)
}

ip_set(v) if lib.is_true(v)

ip_set(v) if lib.is_false(v)

ip_set(v) if lib.is_unknown(v)

# launcher_group_refs are the references to the security groups of a
# launcher's instances.
launcher_group_refs(r) := {v |
	some k in ["SecurityGroupIds", "SecurityGroups"]
	some v in items(r.properties.LaunchTemplateData[k])
} | {v |
	some ni in r.properties.LaunchTemplateData.NetworkInterfaces
	some v in items(ni.Groups)
} if {
	r.type == "AWS::EC2::LaunchTemplate"
} else := {v | some v in items(r.properties.SecurityGroups)}

# asg_reach holds [index of the group, index of the launcher, why its
# instances are reachable]; why is "?" when that is known only after apply.
asg_reach contains [j, i, how] if {
	some [j, i] in uses
	r := launchers[i]
	some v in ip_settings(r)
	lib.is_true(v)
	how := sprintf("public IP addresses from %s %s", [launcher_kinds[r.type], r.address])
}

asg_reach contains [j, i, "?"] if {
	some [j, i] in uses
	some v in ip_settings(launchers[i])
	lib.is_unknown(v)
}

asg_reach contains [j, i, how] if {
	count(public_subnets) > 0
	some [j, i] in uses
	count(ip_settings(launchers[i])) == 0
	some v in items(asgs[j].properties.VPCZoneIdentifier)
	s := find(v, public_subnets)
	how := sprintf("public IP addresses from subnet %s", [s])
}

asg_reach contains [j, i, "?"] if {
	count(undecided_subnets) > 0
	some [j, i] in uses
	count(ip_settings(launchers[i])) == 0
	some v in items(asgs[j].properties.VPCZoneIdentifier)
	find(v, undecided_subnets)
}

# --- the index -------------------------------------------------------------

# exposure holds [group key, description] for every group attached to a
# reachable resource.
exposure contains [k, what] if {
	some [i, how] in reach
	how != "?"
	r := instances[i]
	what := sprintf("instance %s (%s)", [r.address, how])
	some v in group_refs(r.properties)
	some k in keys(v)
}

exposure contains [k, what] if {
	some [j, i, how] in asg_reach
	how != "?"
	what := sprintf("auto scaling group %s (%s)", [asgs[j].address, how])
	some v in launcher_group_refs(launchers[i])
	some k in keys(v)
}

exposure contains [k, what] if {
	some r in load_balancers
	object.get(r.properties, "Scheme", "internet-facing") == "internet-facing"
	what := sprintf("internet-facing load balancer %s", [r.address])
	some v in items(r.properties.SecurityGroups)
	some k in keys(v)
}

# undecided holds the keys of groups attached to resources whose
# reachability is known only after apply.
undecided contains k if {
	some [i, "?"] in reach
	some v in group_refs(instances[i].properties)
	some k in keys(v)
}

undecided contains k if {
	some [_, i, "?"] in asg_reach
	some v in launcher_group_refs(launchers[i])
	some k in keys(v)
}

undecided contains k if {
	some r in load_balancers
	lib.is_unknown(r.properties.Scheme)
	some v in items(r.properties.SecurityGroups)
	some k in keys(v)
}

# attached maps a group key to the descriptions of what the group exposes.
# The inner comprehension is keyed by k, bound outside it, so OPA indexes it
# once instead of scanning exposure for every key.
attached_keys := {k | some [k, _] in exposure}

attached := {k: whats |
	some k in attached_keys
	whats := [w | exposure[[k2, w]]; k2 == k]
}

# --- ports -----------------------------------------------------------------

# web_ports are the ports a public web service is meant to open to everyone:
# TCP rules whose port range lies entirely within them are not reported.
web_ports := {80, 443}

tcp_protocols := {"tcp", "6"}

# web_only holds for TCP rules whose every port is a web port.
web_only(rule) if {
	lib.protocol(rule) in tcp_protocols
	[from, to] := lib.port_range(rule)
	from <= to
	count({p | some p in web_ports; from <= p; p <= to}) == (to - from) + 1
}

protocol_names := {"tcp": "TCP", "6": "TCP", "udp": "UDP", "17": "UDP"}

# exposed is what an ingress rule lets through, for messages ("TCP 22",
# "UDP 1194-1195", "all traffic"); undefined for rules that open only web
# ports and for protocols without ports (ICMP), which are not reported.
exposed(rule) := "all traffic" if lib.all_protocols(rule)

exposed(rule) := sprintf("%s %s", [protocol_names[lib.protocol(rule)], port_text(lib.port_range(rule))]) if {
	not lib.all_protocols(rule)
	not web_only(rule)
}

port_text([from, to]) := format_int(from, 10) if from == to

port_text([from, to]) := sprintf("%d-%d", [from, to]) if from != to

# ports_unknown holds for rules whose protocol or ports are known only after
# apply.
ports_unknown(rule) if lib.is_unknown(rule.IpProtocol)

ports_unknown(rule) if {
	lib.protocol(rule) in {"tcp", "6", "udp", "17"}
	some k in ["FromPort", "ToPort"]
	lib.is_unknown(rule[k])
}

# --- findings --------------------------------------------------------------

group_keys(r) := [r.address, concat("", ["name:", r.properties.GroupName])] if {
	is_string(r.properties.GroupName)
} else := [r.address]

# attachment is what group r exposes (descriptions), by address or name.
attachment(r) := attached[r.address] if {
	attached[r.address]
} else := attached[concat("", ["name:", r.properties.GroupName])]

describe(whats) := sort(whats)[0] if count(whats) == 1

describe(whats) := sprintf("%s and %d more", [sort(whats)[0], count(whats) - 1]) if count(whats) > 1

deny contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	count(exposure) > 0
	some r in groups
	a := attachment(r)
	some [i, rule, key] in lib.open_ingress(r)
	what := exposed(rule)
	msg := sprintf("security group %s allows %s from %s and protects %s", [r.address, what, rule[key], describe(a)])
}

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	count(undecided) > 0
	some r in groups
	some k in group_keys(r)
	k in undecided
	not attachment(r)
	some [i, rule, key] in lib.open_ingress(r)
	what := exposed(rule)
	msg := sprintf("security group %s allows %s from %s: whether what it protects is reachable from the internet is known only after apply", [r.address, what, rule[key]])
}

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	some r in groups
	r.has_unknown
	some [i, rule, key] in lib.unknown_ingress(r)
	a := attachment(r)
	what := exposed(rule)
	msg := sprintf("security group %s protects %s: the source range of a rule allowing %s is known only after apply", [r.address, describe(a), what])
}

unknown contains lib.finding(r, msg, ["SecurityGroupIngress", i, key]) if {
	count(exposure) > 0
	some r in groups
	r.has_unknown
	a := attachment(r)
	some [i, rule, key] in lib.open_ingress(r)
	ports_unknown(rule)
	msg := sprintf("security group %s allows traffic from %s and protects %s: the protocol or ports of the rule are known only after apply", [r.address, rule[key], describe(a)])
}
