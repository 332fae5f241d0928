// Package model owns iacvet's common resource model: the one shape that every
// parser (Terraform plan, Terraform source, CloudFormation/SAM/CDK) produces and
// that every rule, lookup, cost estimate and reporter consumes.
//
// A Resource has a canonical type — AWS's own CloudFormation type name such as
// "AWS::EC2::SecurityGroup" — and Properties shaped as that type's AWS resource
// schema, so one rule covers a resource whether it came from Terraform or
// CloudFormation. A Terraform type without a mapping keeps its own type name
// ("aws_foo_bar") and its raw attributes, so custom rules can still reach it.
//
// Property values are plain Go values as produced by encoding/json
// (nil, bool, string, json.Number or float64, []any, map[string]any) plus three
// markers that are never guessed away:
//
//   - Unknown: the value is decided only at apply time (Terraform's
//     after_unknown, CloudFormation's Fn::ImportValue, attributes of other
//     resources). An Unknown may carry Ref, the address of the resource it
//     refers to, so cross-resource rules can follow it.
//   - Sensitive: the value was marked sensitive and has been redacted; the real
//     value never enters the model. Literal tells a value written as a
//     constant in the code from one that came from a variable or a reference.
//
// Every resource and, where the input allows, every property carries its
// position in the file it came from (Source, Positions), so a finding lands
// on the offending line.
package model

import (
	"fmt"
	"sort"
	"strings"
)

// Format names the kind of input a resource came from.
type Format string

// Input formats.
const (
	FormatTerraformPlan  Format = "terraform-plan"
	FormatTerraform      Format = "terraform"
	FormatCloudFormation Format = "cloudformation"
)

// Action is the planned change of a resource.
type Action string

// Planned actions. Resources from sources and templates have no Change.
const (
	ActionCreate  Action = "create"
	ActionUpdate  Action = "update"
	ActionDelete  Action = "delete"
	ActionReplace Action = "replace"
	ActionNoOp    Action = "no-op"
	ActionRead    Action = "read"
)

// Mode tells managed resources from data sources.
type Mode string

// Resource modes.
const (
	ModeManaged Mode = "managed"
	ModeData    Mode = "data"
)

// Position is a place in an input file. Line and Column are 1-based; a zero
// Line means no real position is known (never invent one).
type Position struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

// Known reports whether the position has a real line.
func (p Position) Known() bool { return p.Line > 0 }

func (p Position) String() string {
	switch {
	case p.Line > 0 && p.Column > 0:
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	default:
		return p.File
	}
}

// Source says where a resource was declared.
type Source struct {
	// Format of the input the resource came from.
	Format Format `json:"format"`
	// Position of the resource's block (Terraform) or logical id (CloudFormation).
	Position
	// EndLine is the last line of the resource's block, when known.
	EndLine int `json:"end_line,omitempty"`
	// Module is the Terraform module instance path ("module.app" or
	// "module.app.module.db[0]"); empty for the root module.
	Module string `json:"module,omitempty"`
	// ModuleCall is the position of the user's module block when the resource
	// lives in a module whose source is not in the repository (registry or git);
	// findings are placed there.
	ModuleCall *Position `json:"module_call,omitempty"`
	// Stack names the CloudFormation stack (CDK stack name or template path).
	Stack string `json:"stack,omitempty"`
}

// Change is the planned change of a resource in a Terraform plan.
type Change struct {
	Actions []Action `json:"actions"`
	// Before holds the prior properties (canonical shape), nil for creates.
	Before map[string]any `json:"before,omitempty"`
}

// Primary returns the single action that summarises the change.
func (c *Change) Primary() Action {
	if c == nil || len(c.Actions) == 0 {
		return ActionCreate
	}
	if len(c.Actions) == 2 {
		return ActionReplace
	}
	return c.Actions[0]
}

// Resource is one resource of the common model.
type Resource struct {
	// Address is the Terraform address (module.app.aws_instance.web[0]) or the
	// CloudFormation logical id (prefixed with the stack name for CDK and nested
	// stacks: "NetworkStack/Vpc").
	Address string `json:"address"`
	// Type is the canonical type (AWS::EC2::Instance) or, unmapped, the native one.
	Type string `json:"type"`
	// NativeType is the type in the input (aws_instance, AWS::EC2::Instance,
	// AWS::Serverless::Function).
	NativeType string `json:"native_type"`
	// Name is the short name (Terraform name, CloudFormation logical id).
	Name string `json:"name"`
	Mode Mode   `json:"mode"`
	// Provider is the provider configuration (aws, aws.west).
	Provider string `json:"provider,omitempty"`
	// Region the resource will live in, when known.
	Region string `json:"region,omitempty"`
	// Change is set for resources from plans.
	Change *Change `json:"change,omitempty"`
	// Properties in the canonical shape.
	Properties map[string]any `json:"properties"`
	// Source is where the resource was declared.
	Source Source `json:"source"`
	// Positions maps native attribute paths ("ingress/0/cidr_blocks/1" for
	// Terraform, "SecurityGroupIngress/0/CidrIp" for CloudFormation) to their
	// positions. Paths are slash-separated with list indexes as numbers.
	Positions map[string]Position `json:"-"`
	// NativePaths maps canonical property paths to native attribute paths when
	// they differ (Terraform resources mapped to canonical types). Missing
	// entries mean the paths are the same.
	NativePaths map[string]string `json:"-"`
	// Parts maps canonical property paths ("SecurityGroupIngress/3") that
	// another resource contributed when it was joined into this one (a
	// security group rule declared on its own) to that resource's address,
	// so findings about them name the resource that declared them.
	Parts map[string]string `json:"-"`
	// Suppressions declared in the source (inline comments, CFN Metadata).
	Suppressions []Suppression `json:"suppressions,omitempty"`
	// Meta carries free-form notes (for example "cdk:path", "input").
	Meta map[string]string `json:"meta,omitempty"`
}

// Action returns the planned action, or "" for resources without a plan.
func (r *Resource) Action() Action {
	if r.Change == nil {
		return ""
	}
	return r.Change.Primary()
}

// Locate returns the best known position for a canonical property path
// (slash-separated, e.g. "SecurityGroupIngress/0/CidrIp"): the position of the
// longest prefix that has one, else the resource's own position.
func (r *Resource) Locate(path string) Position {
	path = strings.Trim(path, "/")
	for p := path; p != ""; p = parentPath(p) {
		if pos, ok := r.Positions[CanonicalKey(p)]; ok {
			return pos
		}
	}
	native := r.nativePath(path)
	for p := native; p != ""; p = parentPath(p) {
		if pos, ok := r.Positions[p]; ok && pos.Known() {
			return pos
		}
	}
	if r.Source.ModuleCall != nil {
		return *r.Source.ModuleCall
	}
	return r.Source.Position
}

// PartOf returns the address of the resource that contributed the value at
// a canonical property path (or a value above it), or "" when the resource
// declared it itself.
func (r *Resource) PartOf(path string) string {
	path = strings.Trim(path, "/")
	for p := path; p != ""; p = parentPath(p) {
		if a, ok := r.Parts[p]; ok {
			return a
		}
	}
	return ""
}

// CanonicalKey is the Positions key for a position recorded under a
// canonical path rather than a native one (properties merged into a resource
// from another, such as a security group rule joined to its group).
func CanonicalKey(path string) string { return "=" + path }

func (r *Resource) nativePath(path string) string {
	path = strings.Trim(path, "/")
	for p, suffix := path, ""; p != ""; {
		if n, ok := r.NativePaths[p]; ok {
			return n + suffix
		}
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			break
		}
		suffix = p[i:] + suffix
		p = p[:i]
	}
	return path
}

func parentPath(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return ""
	}
	return p[:i]
}

// Unknown marks a value known only after apply. Ref, when set, is the address
// of the resource (optionally with ".attribute") it is computed from.
type Unknown struct {
	Ref string `json:"ref,omitempty"`
}

// Sensitive marks a redacted value. Literal says the value was written as a
// constant in the code (a Terraform plan's configuration holds a
// constant_value for it), not taken from a variable, a data source or
// another resource: a secret committed to the repository. The value itself
// stays redacted either way.
type Sensitive struct {
	Literal bool `json:"literal,omitempty"`
}

// IsUnknown reports whether v is an Unknown marker.
func IsUnknown(v any) bool { _, ok := v.(Unknown); return ok }

// Redacted is how reporters print a sensitive value.
const Redacted = "(sensitive value)"

// DiagSeverity grades a diagnostic.
type DiagSeverity string

// Diagnostic severities: errors mean (part of) an input could not be read.
const (
	DiagError   DiagSeverity = "error"
	DiagWarning DiagSeverity = "warning"
	DiagNotice  DiagSeverity = "notice"
)

// Diagnostic is a problem with an input (not a finding about infrastructure).
type Diagnostic struct {
	Severity DiagSeverity `json:"severity"`
	Position
	Summary string `json:"summary"`
	Detail  string `json:"detail,omitempty"`
}

func (d Diagnostic) String() string {
	s := string(d.Severity) + ": " + d.Summary
	if d.File != "" {
		s = d.Position.String() + ": " + s
	}
	if d.Detail != "" {
		s += ": " + d.Detail
	}
	return s
}

// Diagnostics is a list of diagnostics.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == DiagError {
			return true
		}
	}
	return false
}

// Errorf appends an error diagnostic.
func (ds *Diagnostics) Errorf(pos Position, format string, args ...any) {
	*ds = append(*ds, Diagnostic{Severity: DiagError, Position: pos, Summary: fmt.Sprintf(format, args...)})
}

// Warnf appends a warning diagnostic.
func (ds *Diagnostics) Warnf(pos Position, format string, args ...any) {
	*ds = append(*ds, Diagnostic{Severity: DiagWarning, Position: pos, Summary: fmt.Sprintf(format, args...)})
}

// Sort orders diagnostics by file, line, column and summary.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Summary != b.Summary {
			return a.Summary < b.Summary
		}
		// A total order: reports merged from shards list them as one scan.
		if a.Severity != b.Severity {
			return a.Severity < b.Severity
		}
		return a.Detail < b.Detail
	})
}
