# METADATA
# title: SageMaker notebook instance gives its users root access
# description: |
#   With root access (AWS's default when RootAccess is not set) every notebook user can install software, change the instance's configuration and read what other users and lifecycle scripts left on it, which undoes the least-privilege setup of the notebook's role and network.
# custom:
#   id: AWS-SGM-001
#   severity: medium
#   resource_types: [AWS::SageMaker::NotebookInstance]
#   remediation: Set RootAccess (root_access) to Disabled; install what users need with a lifecycle configuration, which still runs as root.
#   terraform: |
#     resource "aws_sagemaker_notebook_instance" "lab" {
#       # ...
#       root_access = "Disabled"
#     }
#   cloudformation: |
#     Lab:
#       Type: AWS::SageMaker::NotebookInstance
#       Properties:
#         # ...
#         RootAccess: Disabled
#   cis: []
#   fsbp: ["SageMaker.3"]
package iacvet.rules.sagemaker_root_access

import data.iacvet.lib

path := ["RootAccess"]

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s gives its users root access (RootAccess is not set)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := r.properties.RootAccess
	is_string(v)
	lower(v) == "enabled"
	msg := sprintf("%s gives its users root access", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: whether its users have root access is known only after apply", [r.address])
}
