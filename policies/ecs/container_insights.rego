# METADATA
# title: ECS cluster does not use Container Insights
# description: |
#   Without Container Insights (the containerInsights cluster setting, off unless the account default turns it on) a cluster reports no per-task and per-service CPU, memory, network and restart metrics, so failing, starved or hijacked tasks go unnoticed.
# custom:
#   id: AWS-ECS-081
#   severity: low
#   resource_types: [AWS::ECS::Cluster]
#   remediation: Add the containerInsights cluster setting with the value enabled (or enhanced).
#   terraform: |
#     resource "aws_ecs_cluster" "apps" {
#       name = "apps"
#
#       setting {
#         name  = "containerInsights"
#         value = "enabled"
#       }
#     }
#   cloudformation: |
#     Apps:
#       Type: AWS::ECS::Cluster
#       Properties:
#         ClusterName: apps
#         ClusterSettings:
#           - Name: containerInsights
#             Value: enabled
#   cis: []
#   fsbp: ["ECS.12"]
package iacvet.rules.ecs_container_insights

import data.iacvet.lib

path := ["ClusterSettings"]

settings(r) := [s |
	some s in lib.as_list(lib.get(r.properties, "ClusterSettings", []))
	is_object(s)
	s.Name == "containerInsights"
]

on(s) if lower(s.Value) in {"enabled", "enhanced"}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s does not use Container Insights (no containerInsights setting)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	is_array(r.properties.ClusterSettings)
	count(settings(r)) == 0
	not undecided(r)
	msg := sprintf("%s does not use Container Insights (no containerInsights setting)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	some s in settings(r)
	is_string(s.Value)
	not on(s)
	msg := sprintf("%s has Container Insights %s", [r.address, s.Value])
}

# undecided holds when a setting's name is known only after apply.
undecided(r) if {
	some s in lib.as_list(r.properties.ClusterSettings)
	lib.is_unknown(s.Name)
}

undecided(r) if {
	some s in lib.as_list(r.properties.ClusterSettings)
	lib.is_unknown(s)
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	unknown_value(r)
	msg := sprintf("%s: whether it uses Container Insights is known only after apply", [r.address])
}

unknown_value(r) if lib.is_unknown(r.properties.ClusterSettings)

unknown_value(r) if undecided(r)

unknown_value(r) if {
	some s in settings(r)
	lib.is_unknown(s.Value)
}
