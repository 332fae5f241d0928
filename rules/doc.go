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
// User policies may not declare packages under iacvet (the built-in
// namespace): parseModule refuses them with the file and line.
//
// Fail closed: a rule that cannot be evaluated is an error diagnostic
// naming the rule and its file (model.DiagError), never zero findings.
// Each rule evaluates under Limits (Options.Limits, and RunTestsWith for
// Rego tests): a deadline per rule (DefaultTimeout, 10s); a heap budget
// (DefaultMemory, 1 GiB of growth while rules run, sampled every 5ms by a
// goroutine that cancels the rules then running); and caps on the builtins
// whose result grows with an argument, numbers.range and
// numbers.range_step (DefaultMaxRange, 1,000,000 numbers) and
// net.cidr_expand (DefaultMaxCIDRExpand, 65,536 addresses). OPA dispatches
// its builtins through a process-wide table, so the capped versions
// replace OPA's there once; each evaluation carries its caps in its context.
package rules
