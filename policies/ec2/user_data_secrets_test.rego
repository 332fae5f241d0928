package iacvet.rules.ec2_user_data_secrets_test

import data.iacvet.rules.ec2_user_data_secrets

vm(addr, ud) := {"address": addr, "type": "AWS::EC2::Instance", "partial": false, "has_unknown": false, "properties": {"ImageId": "ami-1", "UserData": ud}}

key := "AKIAZ3MSJV4WWPQTRLXA"

fail_input := {"resources": [
	vm("A", base64.encode(sprintf("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=%s\n", [key]))),
	vm("aws_instance.b", "#!/bin/bash\necho 'DB_PASSWORD=Wq9kk2Lp7x' > /etc/app.env\n"),
	vm("aws_instance.c", "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n"),
]}

pass_input := {"resources": [
	vm("A", base64.encode("#!/bin/bash\nDB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)\n")),
	vm("B", {"$unknown": true}),
	vm("aws_instance.c", "a002fcb4420184f4d4e4c07c4ea6d8faff5a52e4"),
	vm("aws_instance.d", "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"),
	{"address": "E", "type": "AWS::EC2::Instance", "partial": false, "properties": {}},
]}

test_fail if {
	count(ec2_user_data_secrets.deny) with input as fail_input == 3
}

test_pass if {
	count(ec2_user_data_secrets.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := ec2_user_data_secrets.deny with input as fail_input
	every f in fs {
		not contains(f.msg, key)
		not contains(f.msg, "Wq9kk2Lp7x")
	}
}
