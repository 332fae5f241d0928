# METADATA
# title: Instance metadata service does not require IMDSv2
# description: |
#   IMDSv1 answers unauthenticated GET requests, so a server-side request forgery in the workload can read
#   the instance role's credentials. Requiring session tokens (IMDSv2) blocks that.
# custom:
#   id: AWS-EC2-005
#   severity: high
#   resource_types: [AWS::EC2::Instance, AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   remediation: Set the metadata options' HTTP tokens to required.
#   terraform: |
#     metadata_options {
#       http_endpoint = "enabled"
#       http_tokens   = "required"
#     }
#   cloudformation: |
#     LaunchTemplateData:
#       MetadataOptions:
#         HttpEndpoint: enabled
#         HttpTokens: required
#   cis: ["5.6"]
#   fsbp: ["EC2.8", "EC2.170", "AutoScaling.3"]
package iacvet.rules.ec2_imdsv2

import data.iacvet.lib

options(r) := lib.get(r.properties, "MetadataOptions", {}) if r.type in {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"}

options(r) := lib.get(lib.get(r.properties, "LaunchTemplateData", {}), "MetadataOptions", {}) if r.type == "AWS::EC2::LaunchTemplate"

path(r) := ["LaunchTemplateData", "MetadataOptions", "HttpTokens"] if r.type == "AWS::EC2::LaunchTemplate"

path(r) := ["MetadataOptions", "HttpTokens"] if r.type != "AWS::EC2::LaunchTemplate"

# An instance launched from a launch template takes its metadata options from it.
from_template(r) if {
	r.type == "AWS::EC2::Instance"
	r.properties.LaunchTemplate
}

deny contains lib.finding(r, msg, path(r)) if {
	some r in input.resources
	not from_template(r)
	opts := options(r)
	lib.known(opts)
	tokens := lib.get(opts, "HttpTokens", "optional")
	lib.known(tokens)
	tokens != "required"
	not disabled(opts)
	msg := sprintf("%s does not require IMDSv2 (HttpTokens is %q)", [r.address, tokens])
}

disabled(opts) if opts.HttpEndpoint == "disabled"

unknown contains lib.finding(r, msg, path(r)) if {
	some r in input.resources
	r.has_unknown
	opts := options(r)
	lib.is_unknown(opts.HttpTokens)
	msg := sprintf("%s: whether IMDSv2 is required is known only after apply", [r.address])
}
