# METADATA
# title: Launch template or launch configuration user data holds a secret
# description: |
#   The user data of a launch template or an Auto Scaling launch configuration reaches every instance launched from it, where any process can read it from the instance metadata service, and anyone who can describe the template or configuration can read it too. AWS access keys, private keys, tokens and passwords written into it leak that way. Finds well-known secret shapes (AWS access keys, private keys, GitHub and Slack tokens, credentials in URLs) and literal assignments to password, secret and token variables, in plain and base64 user data. The finding never shows the secret.
# custom:
#   id: AWS-EC2-101
#   severity: high
#   resource_types: [AWS::EC2::LaunchTemplate, AWS::AutoScaling::LaunchConfiguration]
#   remediation: Give the instances an IAM role and fetch secrets at boot from Secrets Manager or SSM Parameter Store instead of writing them into user data.
#   terraform: |
#     resource "aws_launch_template" "app" {
#       name      = "app"
#       image_id  = "ami-0abcdef1234567890"
#       user_data = base64encode(<<-EOT
#         #!/bin/bash
#         API_TOKEN=$(aws ssm get-parameter --name /app/api-token --with-decryption --query Parameter.Value --output text)
#       EOT
#       )
#     }
#   cloudformation: |
#     AppTemplate:
#       Type: AWS::EC2::LaunchTemplate
#       Properties:
#         LaunchTemplateData:
#           ImageId: ami-0abcdef1234567890
#           UserData: !Base64 |
#             #!/bin/bash
#             API_TOKEN=$(aws ssm get-parameter --name /app/api-token --with-decryption --query Parameter.Value --output text)
#   cis: []
#   fsbp: []
package iacvet.rules.ec2_launch_user_data_secrets

import data.iacvet.lib

paths := {
	"AWS::EC2::LaunchTemplate": ["LaunchTemplateData", "UserData"],
	"AWS::AutoScaling::LaunchConfiguration": ["UserData"],
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	path := paths[r.type]
	data_ := object.get(r.properties, path, null)
	is_string(data_)
	kinds := lib.secret_kinds(lib.decoded(data_))
	count(kinds) > 0
	msg := sprintf("%s: its user data holds %s (masked), readable on every instance launched from it and by anyone who can describe it", [r.address, lib.kinds_text(kinds)])
}
