# Secret detection helpers of the iacvet library: telling a credential written into the code from a reference to one:
# credential-looking names, literal values that are not placeholders or
# references, and the shapes of well-known secrets (AWS access keys, private
# keys, tokens, credentials in URLs, password assignments in scripts).
# Findings built from these never carry the secret: secret_kinds names
# what was found, never the value.
package iacvet.lib

# Names of variables, keys and options that hold credentials.
secret_name_re := `(?i)(password|passwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential|auth[_-]?data|client[_-]?secret)`

# Names that only point at or describe a credential.
describes_re := `(?i)[_-]?(arn|name|names|path|file|url|uri|endpoint|region|ttl|expiry|expiration|length|header|type|version|enabled|id|param|parameter|key[_-]?id|policy|min|max|seconds|duration)$`

# secret_name holds for a name that says its value is a credential.
secret_name(n) if {
	is_string(n)
	regex.match(secret_name_re, n)
	not regex.match(describes_re, n)
}

# Values that stand for a secret rather than being one.
placeholder_words := {
	"true", "false", "null", "nil", "none", "changeme", "change_me", "change-me", "changeit",
	"replaceme", "replace_me", "replace-me", "todo", "tbd", "redacted", "example", "dummy",
	"placeholder", "secret", "password", "token", "unset", "default", "disabled",
}

# reference holds for values that point at a secret stored elsewhere:
# CloudFormation dynamic references, Secrets Manager / SSM / KMS ARNs, SSM
# parameter paths, and variables of a shell, a template or a CI system.
reference(v) if contains(v, "{{resolve:")

reference(v) if regex.match(`^arn:aws[a-z-]*:(secretsmanager|ssm|kms):`, v)

reference(v) if regex.match(`^/[A-Za-z0-9_.\-/]+$`, v)

reference(v) if regex.match(`^\$\{[^}]*\}$`, v)

reference(v) if regex.match(`^\$\(.*\)$`, v)

reference(v) if regex.match(`^\$[A-Za-z_][A-Za-z0-9_]*$`, v)

reference(v) if regex.match(`^\{\{[^}]*\}\}$`, v)

reference(v) if regex.match(`^%[A-Za-z_][A-Za-z0-9_]*%$`, v)

# placeholder holds for values that are obviously not a real credential.
placeholder(v) if trim_space(v) == ""

placeholder(v) if lower(trim_space(v)) in placeholder_words

placeholder(v) if regex.match(`^<[^>]*>$`, trim_space(v))

placeholder(v) if regex.match(`^(?i)(x+|\*+|\.+|-+|_+|#+|0+)$`, trim_space(v))

placeholder(v) if regex.match(`^(?i).*(example|placeholder|changeme|replace[_-]?me|your[_-].*here).*$`, v)

# A number or a yes/no is a setting, not a credential.
placeholder(v) if regex.match(`^(?i)(-?[0-9]+(\.[0-9]+)?|yes|no|on|off|enabled|disabled)$`, trim_space(v))

# literal_secret holds for a string that, under a credential-looking name,
# is a credential written in the code: not empty, not a placeholder, not a
# reference, one word.
literal_secret(v) if {
	is_string(v)
	not placeholder(v)
	not reference(v)
	regex.match(`^\S{4,}$`, v)
}

# written_in_code holds for a credential field's value that was written as a
# literal: a known string that is not a reference, or a value redacted as
# sensitive that the plan's configuration wrote as a constant. Values from
# variables, references and dynamic references are unknown or sensitive
# without $literal and do not hold.
written_in_code(v) if {
	is_string(v)
	v != ""
	not reference(v)
}

written_in_code(v) if {
	is_sensitive(v)
	v["$literal"] == true
}

# Well-known shapes of secrets, by name. Each pattern matches the secret;
# the example keys of AWS's documentation are excluded by
# example_secret.
secret_patterns := {
	"an AWS access key id": `(?:^|[^A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?:$|[^A-Z0-9])`,
	"an AWS secret access key": `(?i)aws_?secret_?access_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})`,
	"a private key": `(-----BEGIN[ A-Z0-9]*PRIVATE KEY( BLOCK)?-----)`,
	"a GitHub token": `((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})`,
	"a Slack token": `(xox[abposr]-[A-Za-z0-9-]{10,})`,
	"credentials in a URL": `[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]+:([^/\s:@$<{]{3,})@`,
}

example_secret(s) if contains(s, "EXAMPLE")

example_secret(s) if placeholder(s)

# Assignments of a literal to a credential-looking variable in a script or a
# configuration file: DB_PASSWORD=..., export API_TOKEN="...",
# --password=..., password: ... The value must look like a secret: eight or
# more characters with a digit, a symbol or mixed case, not a variable.
assignment_re := `(?i)(?:^|[^A-Za-z0-9_])([A-Za-z0-9_]*(?:password|passwd|secret|token|api_?key)[A-Za-z0-9_]*)["']?[ \t]*[=:][ \t]*["']?([^\s"'$;|&<>(){}]{8,})`

script_secret(s) if {
	some m in regex.find_all_string_submatch_n(assignment_re, s, -1)
	secret_name(m[1])
	secretish(m[2])
}

secretish(v) if {
	not placeholder(v)
	not reference(v)
	regex.match(`[0-9]|[^A-Za-z0-9]|[a-z].*[A-Z]|[A-Z].*[a-z]`, v)
}

# secret_kinds names the kinds of secrets found in text s (empty when none);
# a password assignment counts only when no better-known shape was found.
secret_kinds(s) := shaped if {
	shaped := shaped_kinds(s)
	count(shaped) > 0
} else := {"a literal password or token"} if {
	is_string(s)
	script_secret(s)
} else := set()

shaped_kinds(s) := {kind |
	is_string(s)
	some kind, re in secret_patterns
	some m in regex.find_all_string_submatch_n(re, s, -1)
	not example_secret(m[1])
}

# has_secret holds when text s holds any kind of secret.
has_secret(s) if count(secret_kinds(s)) > 0

# decoded returns user data as text: base64 (CloudFormation's UserData,
# Terraform's user_data_base64 and launch templates) is decoded; plain text
# (Terraform's user_data) is returned as it is.
decoded(s) := base64.decode(s) if base64_text(s)

decoded(s) := s if not base64_text(s)

base64_text(s) if {
	regex.match(`^[A-Za-z0-9+/]+={0,2}$`, s)
	count(s) % 4 == 0
	utf8_text(base64.decode(s))
}

utf8_text(t) if regex.match(`^[\t\n\r\x20-\x7e\x{80}-\x{10ffff}]*$`, t)

# kinds_text lists the kinds of secrets for a message, sorted.
kinds_text(kinds) := concat(" and ", sort(kinds))
