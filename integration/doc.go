// Package integration tests how people run iacvet outside its own command
// line: the GitHub Action (action.yml and its step scripts under
// scripts/action, run on the host with GitHub's environment contract), and
// the pre-commit hooks (.pre-commit-hooks.yaml, run through the real
// pre-commit). It holds tests only.
package integration
