# METADATA
# title: MSK cluster has public access turned on
# description: |
#   With public access (ConnectivityInfo PublicAccess Type SERVICE_PROVIDED_EIPS) the brokers get
#   public IP addresses and the Kafka listeners can be reached from the internet.
# custom:
#   id: AWS-MSK-060
#   severity: high
#   resource_types: [AWS::MSK::Cluster]
#   remediation: Set the public access type to DISABLED and reach the brokers from inside the VPC or through PrivateLink.
#   terraform: |
#     broker_node_group_info {
#       # ...
#       connectivity_info {
#         public_access {
#           type = "DISABLED"
#         }
#       }
#     }
#   cloudformation: |
#     BrokerNodeGroupInfo:
#       # ...
#       ConnectivityInfo:
#         PublicAccess:
#           Type: DISABLED
#   cis: []
#   fsbp: ["MSK.4"]
package iacvet.rules.msk_public_access

import data.iacvet.lib

path := ["BrokerNodeGroupInfo", "ConnectivityInfo", "PublicAccess", "Type"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::MSK::Cluster"
	t := lib.at(r.properties, path)
	is_string(t)
	upper(t) == "SERVICE_PROVIDED_EIPS"
	msg := sprintf("MSK cluster %s gives its brokers public IP addresses (public access %s)", [r.address, t])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.type == "AWS::MSK::Cluster"
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("MSK cluster %s: whether public access is on is known only after apply", [r.address])
}
