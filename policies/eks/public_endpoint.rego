# METADATA
# title: EKS cluster endpoint is open to the internet
# description: |
#   A public Kubernetes API endpoint open to 0.0.0.0/0 (the default when public access is on and no CIDRs are given) exposes the control plane to the whole internet.
# custom:
#   id: AWS-EKS-001
#   severity: high
#   resource_types: [AWS::EKS::Cluster]
#   remediation: Disable public endpoint access, or restrict public_access_cidrs to known ranges.
#   terraform: |
#     resource "aws_eks_cluster" "main" {
#       vpc_config {
#         endpoint_public_access  = false
#         endpoint_private_access = true
#       }
#     }
#   cloudformation: |
#     Cluster:
#       Type: AWS::EKS::Cluster
#       Properties:
#         ResourcesVpcConfig:
#           EndpointPublicAccess: false
#           EndpointPrivateAccess: true
#   cis: []
#   fsbp: ["EKS.1"]
package iacvet.rules.eks_public_endpoint

import data.iacvet.lib

public(cfg) if lib.is_true(lib.get(cfg, "EndpointPublicAccess", true))

deny contains lib.finding(r, msg, ["ResourcesVpcConfig", "EndpointPublicAccess"]) if {
	some r in input.resources
	cfg := r.properties.ResourcesVpcConfig
	lib.known(cfg)
	public(cfg)
	lib.empty(lib.get(cfg, "PublicAccessCidrs", null))
	msg := sprintf("EKS cluster %s has a public endpoint open to 0.0.0.0/0", [r.address])
}

deny contains lib.finding(r, msg, ["ResourcesVpcConfig", "PublicAccessCidrs", i]) if {
	some r in input.resources
	cfg := r.properties.ResourcesVpcConfig
	public(cfg)
	some i, cidr in cfg.PublicAccessCidrs
	lib.open_cidr(cidr)
	msg := sprintf("EKS cluster %s has a public endpoint open to %s", [r.address, cidr])
}

unknown contains lib.finding(r, msg, ["ResourcesVpcConfig", "EndpointPublicAccess"]) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, ["ResourcesVpcConfig", "EndpointPublicAccess"])
	msg := sprintf("EKS cluster %s: public endpoint access is known only after apply", [r.address])
}
