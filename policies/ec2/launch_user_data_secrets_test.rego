package iacvet.rules.ec2_launch_user_data_secrets_test

import data.iacvet.rules.ec2_launch_user_data_secrets

lt(addr, ud) := {"address": addr, "type": "AWS::EC2::LaunchTemplate", "partial": false, "properties": {"LaunchTemplateData": {"UserData": ud}}}

lc(addr, ud) := {"address": addr, "type": "AWS::AutoScaling::LaunchConfiguration", "partial": false, "properties": {"UserData": ud}}

token := "ghp_0123456789abcdefghijABCDEFGHIJ012345"

fail_input := {"resources": [
	lt("A", base64.encode(sprintf("#!/bin/bash\ngit clone https://%s@github.com/acme/app.git\n", [token]))),
	lc("aws_launch_configuration.b", "#!/bin/bash\nexport API_TOKEN=9f8e7d6c5b4a3f2e\n"),
]}

pass_input := {"resources": [
	lt("A", base64.encode("#!/bin/bash\nAPI_TOKEN=$(aws ssm get-parameter --name /app/token --with-decryption --query Parameter.Value --output text)\n")),
	lt("B", {"$unknown": true}),
	lc("C", base64.encode("#!/bin/bash\nyum install -y nginx\n")),
	{"address": "D", "type": "AWS::EC2::LaunchTemplate", "partial": false, "properties": {"LaunchTemplateData": {}}},
]}

test_fail if {
	count(ec2_launch_user_data_secrets.deny) with input as fail_input == 2
}

test_pass if {
	count(ec2_launch_user_data_secrets.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := ec2_launch_user_data_secrets.deny with input as fail_input
	every f in fs {
		not contains(f.msg, token)
		not contains(f.msg, "9f8e7d6c5b4a3f2e")
	}
}
