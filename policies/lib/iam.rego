# METADATA
# title: iacvet IAM policy library
# description: |
#   Reads IAM policy documents the way IAM evaluates them: documents as
#   objects or JSON strings, one statement or a list, Action/NotAction and
#   Resource/NotResource with wildcards, every Principal spelling, and
#   Conditions that restrict the caller (identity and network keys under
#   operators that match) as opposed to ones that do not (spoofable or
#   non-identity keys, negated operators, IfExists, ForAllValues).
#   Values known only after apply ({"$unknown": true}) make a verdict
#   undecided, except references to other resources ({"$ref": ...}), which
#   are concrete ARNs or ids and never wildcards.
package iacvet.lib.iam

import data.iacvet.lib

# document returns a policy document as an object: CloudFormation and
# Terraform sources may hold it as a JSON string. Undefined when unknown.
document(x) := x if {
	is_object(x)
	not lib.is_unknown(x)
}

document(x) := d if {
	is_string(x)
	json.is_valid(x)
	d := json.unmarshal(x)
	is_object(d)
}

# undecided_document holds when a document, or its statement list, is known
# only after apply.
undecided_document(x) if lib.is_unknown(x)

undecided_document(x) if lib.is_unknown(document(x).Statement)

# statements returns a document's statements as a list (a single statement
# object is allowed); unknown statements are left out, see undecided.
statements(x) := [s | some s in lib.as_list(document(x).Statement); is_object(s); not lib.is_unknown(s)]

# indexed_statements yields [index, statement] pairs: the index is the
# statement's position in the Statement list (0 for a single object).
indexed_statements(x) := {[i, s] |
	some i, s in lib.as_list(document(x).Statement)
	is_object(s)
	not lib.is_unknown(s)
}

# statement_path is the property path of statement i of the document at
# prefix (the document itself when it is a JSON string).
statement_path(prefix, x, i) := array.concat(prefix, ["Statement", i]) if is_array(x.Statement)

statement_path(prefix, x, _) := array.concat(prefix, ["Statement"]) if is_object(x.Statement)

statement_path(prefix, x, _) := prefix if not is_object(x)

# -- Effect -------------------------------------------------------------

allow(stmt) if lower(stmt.Effect) == "allow"

deny_effect(stmt) if lower(stmt.Effect) == "deny"

# -- wildcard matching --------------------------------------------------

# pattern_regex turns an IAM wildcard pattern (* and ?) into an anchored
# regular expression; other characters match themselves.
pattern_regex(p) := concat("", ["^", r, "$"]) if {
	quoted := regex.replace(p, `[.+^$()|\[\]{}\\]`, `\$0`)
	r := replace(replace(quoted, "*", ".*"), "?", ".")
}

# matches holds when IAM wildcard pattern p matches value v (case-sensitive,
# as for ARNs).
matches(p, v) if {
	is_string(p)
	is_string(v)
	regex.match(pattern_regex(p), v)
}

# matches_ci is matches without regard to case (action names).
matches_ci(p, v) if matches(lower(p), lower(v))

# -- Action / NotAction -------------------------------------------------

# action_listed holds when one of the statement's action patterns (a
# string or a list) matches action.
action_listed(patterns, action) if {
	some p in lib.as_list(patterns)
	matches_ci(p, action)
}

# allows_action holds for Allow statements that grant action: listed under
# Action, or not excluded by NotAction.
allows_action(stmt, action) if {
	allow(stmt)
	action_listed(stmt.Action, action)
}

allows_action(stmt, action) if {
	allow(stmt)
	not stmt.Action
	stmt.NotAction
	not lib.is_unknown(stmt.NotAction)
	not action_listed(stmt.NotAction, action)
}

# all_actions holds when a statement grants every action of every service.
all_actions(stmt) if {
	some p in lib.as_list(stmt.Action)
	p in {"*", "*:*"}
}

# unknown_actions holds when the statement's actions are known only after
# apply.
unknown_actions(stmt) if lib.is_unknown(stmt.Action)

unknown_actions(stmt) if {
	some p in lib.as_list(stmt.Action)
	lib.is_unknown(p)
}

unknown_actions(stmt) if lib.is_unknown(stmt.NotAction)

# actions lists a statement's action patterns for messages.
actions(stmt) := [a | some a in lib.as_list(stmt.Action); is_string(a)] if stmt.Action

actions(stmt) := [concat("", ["all but ", concat(", ", [a | some a in lib.as_list(stmt.NotAction); is_string(a)])])] if {
	not stmt.Action
	stmt.NotAction
}

# -- Resource / NotResource ---------------------------------------------

# all_resources holds when a statement applies to every resource: Resource
# "*", or NotResource (every resource but a few).
all_resources(stmt) if "*" in lib.as_list(stmt.Resource)

all_resources(stmt) if {
	not stmt.Resource
	stmt.NotResource
}

# covers_resource holds when the statement applies to resource arn.
covers_resource(stmt, arn) if {
	some p in lib.as_list(stmt.Resource)
	matches(p, arn)
}

covers_resource(stmt, arn) if {
	not stmt.Resource
	stmt.NotResource
	not lib.is_unknown(stmt.NotResource)
	not resource_listed(stmt.NotResource, arn)
}

resource_listed(patterns, arn) if {
	some p in lib.as_list(patterns)
	matches(p, arn)
}

# -- Principal / NotPrincipal -------------------------------------------

# principal_values yields [type, value] for every principal a statement
# names: "*" is ["*", "*"]; {"AWS": [...], "Service": ..., "Federated": ...,
# "CanonicalUser": ...} yields one pair per value.
principal_values(stmt) := {["*", "*"]} if stmt.Principal == "*"

principal_values(stmt) := {[t, v] |
	some t, vs in stmt.Principal
	some v in lib.as_list(vs)
} if {
	is_object(stmt.Principal)
	not lib.is_unknown(stmt.Principal)
}

# wildcard_principal holds for principal values that match any caller:
# "*", and ARNs whose account is a wildcard (arn:aws:iam::*:root).
wildcard_principal("*")

wildcard_principal(v) if {
	is_string(v)
	regex.match(`^arn:[^:]*:iam::[*?]+:`, v)
}

# public_principal holds for Allow statements whose principal is anyone:
# Principal "*" or a wildcard value of any type, or NotPrincipal (everyone
# but the ones named).
public_principal(stmt) if {
	allow(stmt)
	some [_, v] in principal_values(stmt)
	wildcard_principal(v)
}

public_principal(stmt) if {
	allow(stmt)
	not stmt.Principal
	stmt.NotPrincipal
}

# unknown_principal holds when who the statement names is known only
# after apply and may be anyone (a reference to another resource is that
# resource's ARN, never a wildcard).
unknown_principal(stmt) if unknown_value(stmt.Principal)

unknown_principal(stmt) if {
	is_object(stmt.Principal)
	some vs in stmt.Principal
	some v in lib.as_list(vs)
	unknown_value(v)
}

# unknown_value holds for unknown values that may be anything.
unknown_value(v) if {
	lib.is_unknown(v)
	not v["$ref"]
}

unknown_value(v) if lib.is_sensitive(v)

# account_id returns the account a principal value names: a 12-digit id or
# an ARN of that account. Undefined for services, federated providers,
# wildcards and unknowns.
account_id(v) := v if {
	is_string(v)
	regex.match(`^[0-9]{12}$`, v)
}

account_id(v) := parts[4] if {
	is_string(v)
	parts := split(v, ":")
	count(parts) >= 6
	parts[0] == "arn"
	parts[2] in {"iam", "sts"}
	regex.match(`^[0-9]{12}$`, parts[4])
}

# aws_principals lists the values of a statement's AWS principals.
aws_principals(stmt) := {v | some ["AWS", v] in principal_values(stmt)}

# service_principals lists the values of a statement's Service principals.
service_principals(stmt) := {v | some ["Service", v] in principal_values(stmt)}

# federated_principals lists the values of a statement's Federated
# principals.
federated_principals(stmt) := {v | some ["Federated", v] in principal_values(stmt)}

# -- Condition ------------------------------------------------------------

# restricting_keys limit who the caller is or where the call comes from.
# They are compared in lower case (condition keys are case-insensitive).
restricting_keys := {
	"aws:sourcearn",
	"aws:sourceaccount",
	"aws:sourceowner",
	"aws:sourceorgid",
	"aws:sourceorgpaths",
	"aws:principalorgid",
	"aws:principalorgpaths",
	"aws:principalaccount",
	"aws:principalarn",
	"aws:principalservicename",
	"aws:principalservicenameslist",
	"aws:sourcevpc",
	"aws:sourcevpce",
	"aws:sourceip",
	"aws:vpcsourceip",
	"aws:userid",
	"aws:username",
	"kms:calleraccount",
	"kms:viaservice",
	"lambda:functionarn",
	"s3:dataaccesspointaccount",
	"s3:dataaccesspointarn",
	"elasticfilesystem:accesspointarn",
	"ses:fromaddress",
}

# matching_operators compare a key with the values given: a request passes
# only if its value is one of them. Negated operators (StringNotEquals, ...)
# let every other caller in and restrict nothing in an Allow.
matching_operators := {
	"stringequals",
	"stringequalsignorecase",
	"stringlike",
	"arnequals",
	"arnlike",
	"ipaddress",
}

negated_operators := {
	"stringnotequals",
	"stringnotequalsignorecase",
	"stringnotlike",
	"arnnotequals",
	"arnnotlike",
	"notipaddress",
}

# condition_entries yields [operator, key, values] for a statement's
# condition, with the operator in lower case.
condition_entries(stmt) := {[lower(op), lower(k), vs] |
	is_object(stmt.Condition)
	some op, block in stmt.Condition
	is_object(block)
	some k, vs in block
}

# base_operator strips the ForAnyValue: prefix; ForAllValues: and IfExists
# are kept so that callers can tell them (both pass when the key is absent).
base_operator(op) := substring(op, count("foranyvalue:"), -1) if startswith(op, "foranyvalue:")

base_operator(op) := op if not startswith(op, "foranyvalue:")

# wildcard_value holds for condition values that every caller matches: "*"
# (or only wildcards), the whole internet, and ARNs of any account.
wildcard_value(v) if {
	is_string(v)
	regex.match(`^[*?]*$`, v)
}

wildcard_value(v) if lib.open_cidr(v)

wildcard_value(v) if {
	is_string(v)
	regex.match(`^arn:[^:]*:[^:]*:[^:]*:[*?]+:`, v)
}

# A bare "*" matches only itself under StringEquals and ArnEquals, but no
# one writes that on purpose: it is read as "anyone".

# restricting_entry holds for a condition entry that limits the caller
# with concrete values: a restricting key, a matching operator without
# IfExists or ForAllValues, and no value that anyone matches.
restricting_entry(op, key, vs) if {
	key in restricting_keys
	base_operator(op) in matching_operators
	values := lib.as_list(vs)
	count(values) > 0
	not any_wildcard(values)
	not any_unknown(values)
}

any_wildcard(values) if {
	some v in values
	wildcard_value(v)
}

any_unknown(values) if {
	some v in values
	unknown_value(v)
}

# restricting_bool_keys limit the caller when they are true: EFS clients
# that come through a mount target are inside the file system's VPC.
restricting_bool_keys := {"elasticfilesystem:accessedviamounttarget"}

restricting_entry(op, key, vs) if {
	key in restricting_bool_keys
	op == "bool"
	every v in lib.as_list(vs) {
		lib.is_true(v)
	}
}

# restricted holds when a statement's condition limits who may call
# (aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce, ...); spoofable
# or non-identity keys (aws:Referer, aws:UserAgent, aws:SecureTransport,
# aws:CurrentTime) do not count.
restricted(stmt) if {
	some [op, key, vs] in condition_entries(stmt)
	restricting_entry(op, key, vs)
}

# undecided_restriction holds when a statement is not restricted as far as
# known, but a restricting key's values are known only after apply.
undecided_restriction(stmt) if {
	not restricted(stmt)
	unknown_value(stmt.Condition)
}

undecided_restriction(stmt) if {
	not restricted(stmt)
	some [op, key, vs] in condition_entries(stmt)
	key in restricting_keys
	base_operator(op) in matching_operators
	any_unknown(lib.as_list(vs))
	not any_wildcard(lib.as_list(vs))
}

undecided_restriction(stmt) if {
	not restricted(stmt)
	is_object(stmt.Condition)
	some block in stmt.Condition
	unknown_value(block)
}

# tests_key holds when a statement tests condition key (any operator
# that requires it, matching without IfExists).
tests_key(stmt, key) if {
	some [op, k, _] in condition_entries(stmt)
	k == lower(key)
	not endswith(op, "ifexists")
	not startswith(op, "forallvalues:")
}

# -- guards: Deny statements that close what an Allow opens -----------

# guarded holds when a Deny statement of doc takes back allow statement
# stmt from every caller outside a restricting condition: a Deny for
# anyone, covering stmt's actions and resources, unless a restricting key
# matches (StringNotEquals aws:SourceVpce, aws:PrincipalOrgID, ...).
guarded(doc, stmt) if {
	some d in statements(doc)
	deny_effect(d)
	some [_, v] in principal_values(d)
	wildcard_principal(v)
	covers_actions(d, stmt)
	covers_resources(d, stmt)
	some [op, key, vs] in condition_entries(d)
	key in restricting_keys
	trim_suffix(base_operator(op), "ifexists") in negated_operators
	values := lib.as_list(vs)
	count(values) > 0
	not any_wildcard(values)
	not any_unknown(values)
}

covers_actions(d, stmt) if {
	stmt.Action
	every a in lib.as_list(stmt.Action) {
		action_listed(d.Action, a)
	}
}

covers_actions(d, _) if all_actions(d)

covers_resources(d, _) if "*" in lib.as_list(d.Resource)

covers_resources(d, stmt) if {
	stmt.Resource
	every r in lib.as_list(stmt.Resource) {
		some p in lib.as_list(d.Resource)
		matches(p, r)
	}
}

# -- resource policies ----------------------------------------------------

# public_statement holds for statements of doc that let anyone in: Allow,
# a public principal, no restricting condition and no Deny guard.
public_statement(doc, stmt) if {
	public_principal(stmt)
	not restricted(stmt)
	not undecided_restriction(stmt)
	not guarded(doc, stmt)
}

# public_indexes returns the positions of the public statements of doc.
public_indexes(doc) := {i |
	some [i, stmt] in indexed_statements(doc)
	public_statement(doc, stmt)
}

# public_actions lists the actions the public statements of doc grant.
public_actions(doc) := sort({a |
	some [i, stmt] in indexed_statements(doc)
	i in public_indexes(doc)
	some a in actions(stmt)
})

# public_undecided holds when whether doc lets anyone in depends on values
# known only after apply: the document itself, an Allow statement's
# principal, or the values of its restricting condition.
public_undecided(x) if undecided_document(x)

public_undecided(x) if {
	count(public_indexes(x)) == 0
	some stmt in statements(x)
	not lower(stmt.Effect) == "deny"
	maybe_public(stmt)
	not restricted(stmt)
	undecided_statement(stmt)
}

public_undecided(x) if {
	count(public_indexes(x)) == 0
	some s in lib.as_list(document(x).Statement)
	lib.is_unknown(s)
}

maybe_public(stmt) if public_principal(stmt)

maybe_public(stmt) if unknown_principal(stmt)

maybe_public(stmt) if unknown_value(stmt.Effect)

undecided_statement(stmt) if unknown_principal(stmt)

undecided_statement(stmt) if unknown_value(stmt.Effect)

undecided_statement(stmt) if undecided_restriction(stmt)

# public_msg describes what the public statements of doc grant.
public_msg(doc) := concat(", ", public_actions(doc)) if count(public_actions(doc)) > 0

public_msg(doc) := "any action" if count(public_actions(doc)) == 0

# -- identity policies ----------------------------------------------------

# identity_policy_types are the resource types that hold identity-based
# policy documents (standalone policies, and inline policies of roles,
# users and groups).
identity_policy_types := {"AWS::IAM::ManagedPolicy", "AWS::IAM::Policy", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}

# policy_documents yields [path, document] for every identity-based policy
# document of a resource (not a role's trust policy).
policy_documents(r) := [[["PolicyDocument"], r.properties.PolicyDocument]] if r.type in {"AWS::IAM::ManagedPolicy", "AWS::IAM::Policy"}

policy_documents(r) := [[["Policies", i, "PolicyDocument"], p.PolicyDocument] | some i, p in r.properties.Policies] if {
	r.type in {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
}

# policy_statements yields [path, statement] for every statement of the
# identity-based policies of a resource.
policy_statements(r) := {[iam_path, s] |
	some [path, doc] in policy_documents(r)
	some [i, s] in indexed_statements(doc)
	iam_path := statement_path(path, doc, i)
}

# undecided_policies yields the paths of a resource's identity-based policy
# documents that are known only after apply.
undecided_policies(r) := {path |
	some [path, doc] in policy_documents(r)
	undecided_document(doc)
}

# trust_statements yields [index, statement] for a role's trust policy.
trust_statements(r) := indexed_statements(r.properties.AssumeRolePolicyDocument) if r.type == "AWS::IAM::Role"
