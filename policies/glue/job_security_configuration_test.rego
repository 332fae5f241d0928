package iacvet.rules.glue_job_security_configuration_test

import data.iacvet.rules.glue_job_security_configuration

job(props, unknown) := {"resources": [{"address": "Etl", "type": "AWS::Glue::Job", "partial": false, "has_unknown": unknown, "properties": object.union({"Role": "arn:aws:iam::123456789012:role/glue"}, props)}]}

test_none_fails if {
	count(glue_job_security_configuration.deny) == 1 with input as job({}, false)
	count(glue_job_security_configuration.deny) == 1 with input as job({"SecurityConfiguration": ""}, false)
}

test_configured_passes if {
	count(glue_job_security_configuration.deny) == 0 with input as job({"SecurityConfiguration": "kms"}, false)
	count(glue_job_security_configuration.deny) == 0 with input as job({"SecurityConfiguration": {"$unknown": true, "$ref": "aws_glue_security_configuration.kms.name"}}, true)
}

test_unknown if {
	inp := job({"SecurityConfiguration": {"$unknown": true}}, true)
	count(glue_job_security_configuration.deny) == 0 with input as inp
	count(glue_job_security_configuration.unknown) == 1 with input as inp
}
