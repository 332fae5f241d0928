package iacvet.lib_test

import data.iacvet.lib

test_secret_names if {
	every n in ["DB_PASSWORD", "db-password", "API_KEY", "apiKey", "GITHUB_TOKEN", "ClientSecret", "AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET"] {
		lib.secret_name(n)
	}
}

test_names_that_describe_a_secret if {
	every n in ["DB_PASSWORD_ARN", "SECRET_NAME", "TOKEN_URL", "TOKEN_TTL", "PASSWORD_MIN_LENGTH", "AWS_ACCESS_KEY_ID", "API_KEY_PARAM", "LOG_LEVEL", "PWD", "SECRET_PATH", "PASSWORD_POLICY"] {
		not lib.secret_name(n)
	}
}

test_literal_secrets if {
	every v in ["hunter2", "s3cr3t-P@ss", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzKEY12"] {
		lib.literal_secret(v)
	}
}

# References and placeholders are not literals: the false positives a
# name-based check must not report.
test_not_literal_secrets if {
	every v in [
		"", "   ", "true", "FALSE", "changeme", "<password>", "xxxxxxxx", "********", "${DB_PASSWORD}",
		"$DB_PASSWORD", "$(cat /run/secrets/db)", "{{resolve:secretsmanager:db:SecretString:password}}",
		"{{ db_password }}", "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf",
		"arn:aws:ssm:us-east-1:111122223333:parameter/db/password", "/prod/db/password", "8080", "3600",
		"your-token-here", "enabled", "a b c d", 42, null,
	] {
		not lib.literal_secret(v)
	}
}

test_written_in_code if {
	lib.written_in_code("Sup3rS3cret!")
	lib.written_in_code("changeme")
	lib.written_in_code({"$sensitive": true, "$literal": true})
	not lib.written_in_code({"$sensitive": true})
	not lib.written_in_code({"$unknown": true})
	not lib.written_in_code({"$unknown": true, "$ref": "aws_secretsmanager_secret_version.db.secret_string"})
	not lib.written_in_code("{{resolve:secretsmanager:prod/db:SecretString:password}}")
	not lib.written_in_code("")
	not lib.written_in_code(null)
}

test_shapes if {
	lib.secret_kinds("export AWS_ACCESS_KEY_ID=AKIAZ3MSJV4WWPQTRLXA") == {"an AWS access key id"}
	lib.secret_kinds("ASIAZ3MSJV4WWPQTRLXA") == {"an AWS access key id"}
	lib.secret_kinds("-----BEGIN RSA PRIVATE KEY-----\nMIIE...") == {"a private key"}
	lib.secret_kinds("-----BEGIN OPENSSH PRIVATE KEY-----") == {"a private key"}
	lib.secret_kinds("aws_secret_access_key = Zx9Lk2Qw8Er5Ty1Ui4Op7As3Df6Gh0Jk2Lz5Xc8V") == {"an AWS secret access key"}
	lib.secret_kinds("git clone https://deploy:Zq8xW2pL9@git.example.org/app.git") == {"credentials in a URL"}
	lib.secret_kinds("token ghp_0123456789abcdefghijABCDEFGHIJ012345") == {"a GitHub token"}
	lib.secret_kinds("#!/bin/bash\nexport DB_PASSWORD=hunter2hunter2\n") == {"a literal password or token"}
	lib.secret_kinds("mysql -u root --password=Wq9!kk2Lp app") == {"a literal password or token"}
}

# What user data and environment values hold without holding a secret.
test_shapes_false_positives if {
	every s in [
		"AKIAIOSFODNN7EXAMPLE",
		"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		"-----BEGIN CERTIFICATE-----\nMIIB...",
		"-----BEGIN PUBLIC KEY-----",
		"https://example.com/path?token=",
		"postgres://app:${DB_PASSWORD}@db:5432/app",
		"postgres://app:<password>@db:5432/app",
		"#!/bin/bash\nTOKEN=$(curl -X PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 21600')\ncurl -H \"X-aws-ec2-metadata-token: $TOKEN\" http://169.254.169.254/latest/meta-data/\n",
		"DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)",
		"export DB_PASSWORD_ARN=arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf",
		"PASSWORD_MIN_LENGTH=16",
		"password: required",
		"echo 'set your password later'",
		"AKIAZ3MSJV4WWPQTRLXA1234",
	] {
		lib.secret_kinds(s) == set()
	}
}

test_decoded if {
	lib.decoded(base64.encode("#!/bin/bash\necho hi\n")) == "#!/bin/bash\necho hi\n"
	lib.decoded("#!/bin/bash\necho hi\n") == "#!/bin/bash\necho hi\n"
	lib.decoded("9a0f3d7e7ca3d9e7cd1f7ea2b4bbf2a5ab8de0a2") == "9a0f3d7e7ca3d9e7cd1f7ea2b4bbf2a5ab8de0a2"
}
