# METADATA
# title: IAM account password policy is weaker than CIS and Security Hub recommend
# description: |
#   The account password policy governs every IAM user's console password. CIS AWS Foundations 1.8 and 1.9 ask for at least 14 characters and for refusing the last 24 passwords; Security Hub's IAM.7 also asks for upper- and lower-case letters, numbers and symbols. A setting left out takes AWS's default: 6 characters, reuse allowed, no character classes required. The policy exists only as an account setting (Terraform's aws_iam_account_password_policy; CloudFormation has no resource for it).
# custom:
#   id: AWS-IAM-010
#   severity: medium
#   resource_types: [AWS::IAM::AccountPasswordPolicy]
#   inputs: [terraform]
#   remediation: Require at least 14 characters, prevent reuse of the last 24 passwords and require every character class.
#   terraform: |
#     resource "aws_iam_account_password_policy" "this" {
#       minimum_password_length      = 14
#       password_reuse_prevention    = 24
#       require_uppercase_characters = true
#       require_lowercase_characters = true
#       require_numbers              = true
#       require_symbols              = true
#     }
#   cis: ["1.8", "1.9"]
#   fsbp: ["IAM.7"]
package iacvet.rules.iam_password_policy

import data.iacvet.lib

min_length := 14

min_reuse := 24

# minimums: property -> [minimum, AWS default when left out, what it means].
minimums := {
	"MinimumPasswordLength": [min_length, 6, "passwords may be shorter than %d characters"],
	"PasswordReusePrevention": [min_reuse, 0, "users may reuse one of their last %d passwords"],
}

classes := {
	"RequireUppercaseCharacters": "upper-case letters",
	"RequireLowercaseCharacters": "lower-case letters",
	"RequireNumbers": "numbers",
	"RequireSymbols": "symbols",
}

deny contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	some prop, spec in minimums
	v := setting(r, prop, spec[1])
	v < spec[0]
	msg := sprintf("%s: %s (%s is %v)", [r.address, sprintf(spec[2], [spec[0]]), prop, v])
}

deny contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	some prop, what in classes
	not requires(r, prop)
	not lib.unknown_at(r.properties, [prop])
	msg := sprintf("%s does not require %s in passwords (%s)", [r.address, what, prop])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	some prop in object.keys(minimums) | object.keys(classes)
	lib.unknown_at(r.properties, [prop])
	msg := sprintf("%s: %s is known only after apply", [r.address, prop])
}

# setting is a numeric setting's value, or def when the code leaves it out.
setting(r, prop, def) := def if lib.at(r.properties, [prop]) == null

setting(r, prop, _) := lib.number(v) if {
	v := lib.at(r.properties, [prop])
	v != null
	lib.known(v)
}

requires(r, prop) if lib.is_true(lib.at(r.properties, [prop]))
