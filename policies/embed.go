// Package policies holds iacvet's built-in Rego policies, embedded in the
// binary: the shared helper library (lib/) and one package per rule, grouped
// by service. Test files (*_test.rego) are embedded too, so
// `iacvet policy test` and go test can run them; the engine skips them.
package policies

import "embed"

// FS is the tree of built-in policies.
//
//go:embed */*.rego
var FS embed.FS
