# METADATA
# title: CodeBuild project runs builds in privileged mode
# description: |
#   Privileged mode gives the build container root access to the host's Docker daemon and devices. Any code the build runs (the buildspec of a pull request, a compromised dependency) can then escape the container, read other builds' data on the host and reach the project's role credentials. It is needed only to build Docker images.
# custom:
#   id: AWS-CB-001
#   severity: medium
#   resource_types: [AWS::CodeBuild::Project]
#   remediation: Turn privileged mode off unless the project builds Docker images, and keep such projects away from untrusted sources.
#   terraform: |
#     resource "aws_codebuild_project" "web" {
#       environment {
#         compute_type    = "BUILD_GENERAL1_SMALL"
#         image           = "aws/codebuild/standard:7.0"
#         type            = "LINUX_CONTAINER"
#         privileged_mode = false
#       }
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::CodeBuild::Project
#       Properties:
#         Environment:
#           ComputeType: BUILD_GENERAL1_SMALL
#           Image: aws/codebuild/standard:7.0
#           Type: LINUX_CONTAINER
#           PrivilegedMode: false
#   cis: []
#   fsbp: ["CodeBuild.5"]
package iacvet.rules.codebuild_privileged_mode

import data.iacvet.lib

path := ["Environment", "PrivilegedMode"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.is_true(lib.at(r.properties, path))
	msg := sprintf("%s runs its builds in privileged mode", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether it runs builds in privileged mode is known only after apply", [r.address])
}
