package iacvet.rules.lambda_env_secrets_test

import data.iacvet.rules.lambda_env_secrets

fn(addr, vars) := {"address": addr, "type": "AWS::Lambda::Function", "partial": false, "has_unknown": false, "properties": {"Runtime": "python3.12", "Environment": {"Variables": vars}}}

pw := "Str1pe-Live-Key"

fail_input := {"resources": [
	fn("A", {"LOG_LEVEL": "info", "STRIPE_API_KEY": pw, "DB_PASSWORD": "hunter22"}),
	fn("aws_lambda_function.b", {"DATABASE_URL": "postgres://app:Zq8xW2pL9@db:5432/app"}),
	fn("aws_lambda_function.c", {"API_TOKEN": {"$sensitive": true, "$literal": true}}),
]}

pass_input := {"resources": [
	fn("A", {
		"LOG_LEVEL": "info",
		"DB_SECRET_ARN": "arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf",
		"API_TOKEN": {"$sensitive": true},
		"TOKEN_TTL": "3600",
		"PASSWORD_MIN_LENGTH": "16",
		"SECRET_PARAM": "/prod/api/secret",
		"DB_PASSWORD": "{{resolve:secretsmanager:db:SecretString:password}}",
		"CLIENT_SECRET": {"$unknown": true, "$ref": "aws_secretsmanager_secret_version.c"},
		"FEATURE_TOKEN_AUTH": "true",
		"DATABASE_URL": "postgres://app@db:5432/app",
	}),
	{"address": "B", "type": "AWS::Lambda::Function", "partial": false, "properties": {"Runtime": "nodejs20.x"}},
]}

test_fail if {
	fs := lambda_env_secrets.deny with input as fail_input
	count(fs) == 3
	some f in fs
	f.resource == "A"
	contains(f.msg, "DB_PASSWORD, STRIPE_API_KEY")
}

test_pass if {
	count(lambda_env_secrets.deny) with input as pass_input == 0
}

test_message_masks_the_secret if {
	fs := lambda_env_secrets.deny with input as fail_input
	every f in fs {
		not contains(f.msg, pw)
		not contains(f.msg, "hunter22")
		not contains(f.msg, "Zq8xW2pL9")
	}
}
