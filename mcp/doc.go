// Package mcp serves iacvet over the Model Context Protocol, so AI agents
// that write Terraform or CloudFormation get the answers a pull request gets
// while they write, under the same rules.
//
// The server offers tools, each with JSON schemas for its input and output
// (inferred from the Go types below with the SDK's generic AddTool):
//
//   - scan: a path under the root, or inline content of a given kind; returns
//     exactly the document of `iacvet scan --format json` (report.Document).
//   - list_rules, explain_rule: rule metadata, remediation examples and
//     CIS / AWS FSBP mappings.
//   - estimate_cost: the monthly cost estimate (model.CostReport) of a path
//     or inline content, with its diagnostics.
//   - check_instance_type: whether an EC2 instance type exists and is offered
//     in a region (or zone), with provenance (live, cache with its age,
//     snapshot with its date), from awsdata's lookups (AWSInstanceTypes) or
//     another InstanceTypes source; left out when there is none.
//
// House rules: no tool writes files (inline content goes to a private
// temporary directory, removed after the call) or changes anything in AWS;
// paths are confined to the root given at start ("..", absolute paths
// outside it and symlinks that leave it are refused); inline content is
// bounded (Options.MaxInputBytes); every call has a deadline
// (Options.Timeout); sensitive values are redacted by the scan pipeline as in
// every other output; AWS is called only through an awsdata client that is
// online (credentials present, no --offline). Policies are compiled once per
// server, and scans make the same AWS lookups as `iacvet scan`. A call past
// its deadline is answered with an error and its context is cancelled, so
// the abandoned work stops; the reads an input steers stay inside the root
// (scan.Options.Root). Binary plans are refused: reading one runs terraform
// show, which starts the root's provider plugins. Error answers never echo
// an argument whole.
//
// Transports: StdioTransport (what `iacvet mcp` serves) puts a framing layer
// in front of the SDK's message handling. Every newline-delimited frame is
// checked before it is decoded: longer than MaxFrameBytes (skipped up to the
// next newline, never buffered whole), nested deeper than MaxFrameDepth, not
// JSON, a batch (refused: MCP 2025-06-18 removed batching), or not a single
// JSON-RPC object. Each such frame is answered with one JSON-RPC error
// (-32700 parse error or -32600 invalid request, id null) and the session
// goes on; the SDK's IOTransport would end it. HTTPHandler serves the
// streamable HTTP transport.
package mcp
