# METADATA
# title: ECR repository has no lifecycle policy
# description: |
#   Without a lifecycle policy (LifecyclePolicy on the repository, aws_ecr_lifecycle_policy in Terraform) a repository keeps every image ever pushed: old images with known vulnerabilities stay pullable and storage costs only grow.
# custom:
#   id: AWS-ECR-004
#   severity: low
#   resource_types: [AWS::ECR::Repository]
#   remediation: Add a lifecycle policy that expires untagged images and old tagged ones.
#   terraform: |
#     resource "aws_ecr_lifecycle_policy" "app" {
#       repository = aws_ecr_repository.app.name
#       policy = jsonencode({
#         rules = [{
#           rulePriority = 1
#           description  = "expire untagged images after 14 days"
#           selection = {
#             tagStatus   = "untagged"
#             countType   = "sinceImagePushed"
#             countUnit   = "days"
#             countNumber = 14
#           }
#           action = { type = "expire" }
#         }]
#       })
#     }
#   cloudformation: |
#     App:
#       Type: AWS::ECR::Repository
#       Properties:
#         RepositoryName: app
#         LifecyclePolicy:
#           LifecyclePolicyText: '{"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}}]}'
#   cis: []
#   fsbp: ["ECR.3"]
package iacvet.rules.ecr_lifecycle_policy

import data.iacvet.lib

path := ["LifecyclePolicy", "LifecyclePolicyText"]

deny contains lib.finding(r, msg, "LifecyclePolicy") if {
	some r in input.resources
	lib.whole(r)
	lib.missing(r, path)
	msg := sprintf("%s has no lifecycle policy, so it keeps every image", [r.address])
}

unknown contains lib.finding(r, msg, "LifecyclePolicy") if {
	some r in input.resources
	r.has_unknown
	lib.whole(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its lifecycle policy is known only after apply", [r.address])
}
