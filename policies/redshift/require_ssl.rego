# METADATA
# title: Redshift cluster accepts connections without SSL
# description: |
#   A cluster whose parameter group does not set require_ssl to true (the default parameter group does not) accepts unencrypted client connections, so queries, results and credentials can cross the network in the clear.
# custom:
#   id: AWS-RS-041
#   severity: medium
#   resource_types: [AWS::Redshift::Cluster, AWS::Redshift::ClusterParameterGroup]
#   remediation: Give the cluster a parameter group that sets require_ssl to true.
#   terraform: |
#     resource "aws_redshift_parameter_group" "secure" {
#       name   = "secure"
#       family = "redshift-1.0"
#
#       parameter {
#         name  = "require_ssl"
#         value = "true"
#       }
#     }
#
#     resource "aws_redshift_cluster" "warehouse" {
#       # ...
#       cluster_parameter_group_name = aws_redshift_parameter_group.secure.name
#     }
#   cloudformation: |
#     Secure:
#       Type: AWS::Redshift::ClusterParameterGroup
#       Properties:
#         Description: require SSL
#         ParameterGroupFamily: redshift-1.0
#         Parameters:
#           - ParameterName: require_ssl
#             ParameterValue: 'true'
#     Warehouse:
#       Type: AWS::Redshift::Cluster
#       Properties:
#         # ...
#         ClusterParameterGroupName: !Ref Secure
#   cis: []
#   fsbp: ["Redshift.2"]
package iacvet.rules.redshift_require_ssl

import data.iacvet.lib

path := ["ClusterParameterGroupName"]

clusters := [r | some r in input.resources; r.type == "AWS::Redshift::Cluster"]

# groups are the parameter groups of the input a cluster names, by name or
# by reference.
groups(r) := {g |
	some g in input.resources
	g.type == "AWS::Redshift::ClusterParameterGroup"
	names(r, g)
}

names(r, g) if lib.refers_to(r.properties.ClusterParameterGroupName, g)

names(r, g) if {
	name := r.properties.ClusterParameterGroupName
	is_string(name)
	lower(name) == lower(g.properties.ParameterGroupName)
}

requires_ssl(g) if {
	some p in lib.as_list(lib.get(g.properties, "Parameters", []))
	lower(p.ParameterName) == "require_ssl"
	lib.is_true(p.ParameterValue)
}

undecided(g) if lib.is_unknown(g.properties.Parameters)

undecided(g) if {
	some p in lib.as_list(lib.get(g.properties, "Parameters", []))
	lib.is_unknown(p)
}

undecided(g) if {
	some p in lib.as_list(lib.get(g.properties, "Parameters", []))
	lower(p.ParameterName) == "require_ssl"
	lib.is_unknown(p.ParameterValue)
}

deny contains lib.finding(r, msg, path) if {
	some r in clusters
	lib.missing(r, path)
	msg := sprintf("%s uses the default parameter group, which does not require SSL", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in clusters
	default_group(r)
	name := r.properties.ClusterParameterGroupName
	msg := sprintf("%s uses the default parameter group %s, which does not require SSL", [r.address, name])
}

deny contains lib.finding(r, msg, path) if {
	some r in clusters
	some g in groups(r)
	not requires_ssl(g)
	not undecided(g)
	msg := sprintf("%s uses parameter group %s, which does not set require_ssl to true", [r.address, g.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in clusters
	some g in groups(r)
	not requires_ssl(g)
	undecided(g)
	msg := sprintf("%s: whether parameter group %s requires SSL is known only after apply", [r.address, g.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in clusters
	is_string(r.properties.ClusterParameterGroupName)
	not default_group(r)
	count(groups(r)) == 0
	msg := sprintf("%s: its parameter group is not in the input, so whether it requires SSL is not known", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in clusters
	r.has_unknown
	lib.is_unknown(r.properties.ClusterParameterGroupName)
	count(groups(r)) == 0
	msg := sprintf("%s: its parameter group is known only after apply", [r.address])
}

default_group(r) if {
	is_string(r.properties.ClusterParameterGroupName)
	startswith(lower(r.properties.ClusterParameterGroupName), "default.")
}
