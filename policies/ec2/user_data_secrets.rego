# METADATA
# title: EC2 instance user data holds a secret
# description: |
#   User data is not secret: anyone who can describe the instance's attributes, and every process on the instance, through the instance metadata service, can read it, and it is kept in the template or the Terraform configuration and state. AWS access keys, private keys, tokens and passwords written into user data leak that way. Finds well-known secret shapes (AWS access keys, private keys, GitHub and Slack tokens, credentials in URLs) and literal assignments to password, secret and token variables, in plain and base64 user data. The finding never shows the secret.
# custom:
#   id: AWS-EC2-100
#   severity: high
#   resource_types: [AWS::EC2::Instance]
#   remediation: Give the instance an IAM role and fetch secrets at boot from Secrets Manager or SSM Parameter Store instead of writing them into user data.
#   terraform: |
#     resource "aws_instance" "app" {
#       ami                  = "ami-0abcdef1234567890"
#       instance_type        = "t3.micro"
#       iam_instance_profile = aws_iam_instance_profile.app.name
#       user_data            = <<-EOT
#         #!/bin/bash
#         DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)
#       EOT
#     }
#   cloudformation: |
#     App:
#       Type: AWS::EC2::Instance
#       Properties:
#         ImageId: ami-0abcdef1234567890
#         InstanceType: t3.micro
#         IamInstanceProfile: !Ref AppProfile
#         UserData: !Base64 |
#           #!/bin/bash
#           DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)
#   cis: []
#   fsbp: []
package iacvet.rules.ec2_user_data_secrets

import data.iacvet.lib

deny contains lib.finding(r, msg, ["UserData"]) if {
	some r in input.resources
	r.type == "AWS::EC2::Instance"
	is_string(r.properties.UserData)
	kinds := lib.secret_kinds(lib.decoded(r.properties.UserData))
	count(kinds) > 0
	msg := sprintf("%s: its user data holds %s (masked), readable by anyone who can describe the instance or reach its metadata service", [r.address, lib.kinds_text(kinds)])
}
