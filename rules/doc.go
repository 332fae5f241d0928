// Package rules is iacvet's policy engine. It loads the built-in Rego
// policies (package policies) and the user's own (--policy DIR) under one
// contract, compiles them once with restricted capabilities (no network
// builtins, an empty network allow-list, no opa.runtime), prepares one query
// per rule, and evaluates every rule once per scan against only the
// resources of the types the rule declares.
//
// The contract, documented for users in docs/policies.md:
//
//   - A rule is a Rego v1 package with a package-scoped METADATA block whose
//     custom section has an id, a severity and resource_types.
//   - input.resources holds the resources of the declared types (deleted
//     resources and data sources are left out); input.cost the cost report;
//     input.config the scan's configuration; data.aws the live AWS lookups.
//   - deny contains the findings; unknown contains results that cannot be
//     decided before apply. Each is {"resource", "msg", "path"} (and
//     optionally "provenance"), usually built with data.iacvet.lib.finding.
//
// Packages without custom.id are libraries (data.iacvet.lib and the user's).
package rules
