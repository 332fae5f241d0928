# METADATA
# title: ECR repository has mutable image tags
# description: |
#   With mutable tags, a pushed image can silently replace the one a tag pointed to, so deployments are not reproducible and can be poisoned.
# custom:
#   id: AWS-ECR-002
#   severity: medium
#   resource_types: [AWS::ECR::Repository]
#   remediation: Make image tags immutable.
#   terraform: |
#     resource "aws_ecr_repository" "app" {
#       image_tag_mutability = "IMMUTABLE"
#     }
#   cloudformation: |
#     Repo:
#       Type: AWS::ECR::Repository
#       Properties:
#         ImageTagMutability: IMMUTABLE
#   cis: []
#   fsbp: ["ECR.2"]
package iacvet.rules.ecr_immutable_tags

import data.iacvet.lib

path := ["ImageTagMutability"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s has mutable image tags", [r.address])
}

allowed := {"IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	is_string(v)
	not v in allowed
	msg := sprintf("%s has mutable image tags (%s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it is compliant is known only after apply", [r.address])
}
